package straceoracle

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// file format: proto u32, then per buffer a u32 length and the bytes
func send(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if len(data) < 4 {
		return errors.New("short input")
	}
	proto := int(binary.LittleEndian.Uint32(data))
	data = data[4:]
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW, proto)
	if err != nil {
		return fmt.Errorf("socket: %w", err)
	}
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
		return fmt.Errorf("bind: %w", err)
	}
	// a port id nobody holds: the kernel answers ECONNREFUSED
	to := &unix.SockaddrNetlink{Family: unix.AF_NETLINK, Pid: 0x7ffffff0}
	for len(data) >= 4 {
		n := int(binary.LittleEndian.Uint32(data))
		data = data[4:]
		if n > len(data) {
			return errors.New("truncated input")
		}
		unix.Sendto(fd, data[:n], 0, to)
		data = data[n:]
	}
	return nil
}
