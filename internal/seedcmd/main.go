package main

import (
	"encoding/hex"
	"fmt"
	"os"

	"github.com/nldump/nldump/decode"
)

func main() {
	b, _ := hex.DecodeString(os.Args[1])
	fmt.Println(decode.Strace(0, b))
}
