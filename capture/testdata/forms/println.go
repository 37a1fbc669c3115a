//go:build ignore

// Prints the seed buffer as Go programs print byte slices (go run println.go).
package main

import (
	"fmt"
	"os"
)

func main() {
	b, _ := os.ReadFile("seed.bin")
	fmt.Println(b)
	fmt.Println()
	fmt.Printf("%v\n\n%#v\n\n%x\n\n% x\n\n%q\n", b, b, b, b, b)
}
