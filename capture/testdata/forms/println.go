//go:build ignore

// Prints the seed buffer as Go programs print byte slices (go run println.go).
package main

import (
	"encoding/hex"
	"fmt"
	"os"
)

func main() {
	b, _ := os.ReadFile("seed.bin")
	fmt.Println(b)
	fmt.Println()
	fmt.Printf("%v\n\n%#v\n\n%x\n\n% x\n\n%q\n\n", b, b, b, b, b)
	fmt.Print(hex.Dump(b))
}
