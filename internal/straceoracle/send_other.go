//go:build !linux

package straceoracle

import "errors"

func send(path string) error {
	return errors.New("netlink sockets are Linux only")
}
