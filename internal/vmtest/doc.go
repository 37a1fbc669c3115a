// Package vmtest boots a small Linux VM to test nldump on a real kernel
// with nlmon, which the machines nldump is built on lack.
//
// The VM is qemu-system-x86_64 in TCG mode (no KVM) running Debian's
// linux-image-cloud-amd64 kernel (fetched once with apt-get download and
// dpkg -x into CacheDir) and an initramfs built here: busybox-static, the
// kernel modules asked for, host programs with their shared libraries
// (ip, tcpdump, strace, a static nldump...), and a script. The script's
// files in /out come back through a raw virtio disk holding a tar archive.
//
//	k := vmtest.Setup(t) // skips when qemu or the kernel is missing
//	res, err := (&vmtest.VM{
//		Kernel:   k,
//		Modules:  []string{"nlmon", "veth"},
//		Programs: []string{"/usr/sbin/ip", "/usr/bin/strace"},
//		Files:    map[string][]byte{"/usr/bin/nldump": bin},
//		Script:   "strace -o trace.txt /usr/sbin/ip link show",
//	}).Run(ctx)
//	// res.Files["trace.txt"]
//
// cmd/vmrun runs a script from the command line the same way.
package vmtest
