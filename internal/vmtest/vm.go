package vmtest

import (
	"archive/tar"
	"bytes"
	"context"
	"debug/elf"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nldump/nldump/internal/testenv"
)

// VM describes one run: a kernel, the programs and files of its initramfs,
// and the script it runs.
type VM struct {
	Kernel *Kernel
	// Modules are loaded at boot, their dependencies first.
	Modules []string
	// Programs are host programs copied to the same paths in the guest
	// with their ELF interpreter and shared libraries (ip, tcpdump,
	// strace...). Static programs are copied alone.
	Programs []string
	// Files are more files: guest path -> contents (mode 0755).
	Files map[string][]byte
	// Script is run by busybox sh as root in /out, with PATH covering
	// /bin, /sbin, /usr/bin and /usr/sbin (busybox applets come first:
	// call /usr/sbin/ip by path). What it leaves in /out comes back in
	// Result.Files; its exit status in Result.Exit.
	Script string
	// MemoryMB and CPUs default to 1024 and 2.
	MemoryMB int
	CPUs     int
	// Timeout bounds the whole run (default 5 minutes).
	Timeout time.Duration
	// Console, when set, receives the console output as it comes.
	Console io.Writer
	// OutSize is the size of the disk /out is written to (default 1 GiB,
	// sparse).
	OutSize int64
}

// Result is what a run left.
type Result struct {
	Console []byte
	Exit    int               // the script's exit status; -1 if it did not finish
	Files   map[string][]byte // /out, by path relative to it
	Elapsed time.Duration
}

// Busybox is the static busybox the initramfs is built around.
const Busybox = "/bin/busybox"

// QEMU is the emulator, run without KVM (TCG).
const QEMU = "qemu-system-x86_64"

// Missing says what this host lacks to run a VM ("" when nothing).
func Missing() string {
	if _, err := exec.LookPath(QEMU); err != nil {
		return QEMU + " not found (apt-get install qemu-system-x86)"
	}
	f, err := elf.Open(Busybox)
	if err != nil {
		return Busybox + " not found (apt-get install busybox-static)"
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			return Busybox + " is not static (apt-get install busybox-static)"
		}
	}
	return ""
}

// Setup skips the test unless VM tests are asked for (NLDUMP_VM=1), or,
// saying why, when this host cannot run a VM; it returns the kernel
// otherwise (downloaded once into CacheDir).
//
// With NLDUMP_VM_REQUIRED=1 in the environment (CI sets it), the test
// runs, and a host that cannot run the VM fails it instead.
func Setup(t testing.TB) *Kernel {
	t.Helper()
	skip := t.Skipf
	if testenv.VMRequired() {
		skip = t.Fatalf
	} else if !testenv.VM() {
		t.Skip("VM test skipped: set NLDUMP_VM=1 to run it (it boots a kernel under qemu, 1-3 minutes, after downloading the kernel package once, about 130 MB)")
	} else if testing.Short() {
		t.Skip("VM test skipped in -short mode")
	}
	if m := Missing(); m != "" {
		skip("VM test skipped: %s", m)
	}
	k, err := FindKernel(CacheDir(), func(msg string) { announce(t, msg) })
	if err != nil {
		if errors.Is(err, ErrNoKernel) {
			skip("VM test skipped: %v", err)
		}
		t.Fatal(err)
	}
	return k
}

// announce says what a test is about to do that takes long, in the
// test's log and on the terminal (testenv.Announce).
func announce(t testing.TB, msg string) {
	t.Helper()
	t.Log(msg)
	testenv.Announce(t.Name() + ": " + msg)
}

const initScript = `#!/bin/busybox sh
/bin/busybox mkdir -p /proc /sys /dev /tmp /run /bin /sbin /usr/bin /usr/sbin
/bin/busybox --install -s /bin
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
export LD_LIBRARY_PATH=/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu
export HOME=/root TERM=dumb
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mount -t tmpfs tmp /tmp
for m in $(cat /etc/vm-modules); do insmod "$m" || echo "vm: insmod $m failed"; done
ip link set lo up
mkdir -p /out
cd /out
echo "vm: script start"
sh /etc/vm-script
echo $? > /out/.exit
echo "vm: script end"
cd /
tar -cf /dev/vda -C /out .
sync
poweroff -f
`

// Run boots the VM, runs the script and returns what it left.
func (v *VM) Run(ctx context.Context) (*Result, error) {
	if v.Kernel == nil {
		return nil, errors.New("vmtest: no kernel")
	}
	if m := Missing(); m != "" {
		return nil, errors.New(m)
	}
	timeout := v.Timeout
	if timeout == 0 {
		timeout = 5 * time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	dir, err := os.MkdirTemp("", "nldump-vm-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)

	ird := NewInitramfs()
	if err := ird.AddHostFile("/bin/busybox", Busybox); err != nil {
		return nil, err
	}
	ird.AddFile("/init", []byte(initScript), 0o755)
	ird.AddFile("/etc/vm-script", []byte(v.Script), 0o755)
	ird.AddFile("/etc/passwd", []byte("root:x:0:0:root:/root:/bin/sh\ntcpdump:x:104:109::/nonexistent:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n"), 0o644)
	ird.AddFile("/etc/group", []byte("root:x:0:\ntcpdump:x:109:\nnogroup:x:65534:\n"), 0o644)
	ird.AddDir("/root")
	mods, err := v.Kernel.Modules(append([]string{"virtio_pci", "virtio_blk"}, v.Modules...)...)
	if err != nil {
		return nil, err
	}
	var modList []string
	for i, m := range mods {
		g := fmt.Sprintf("/lib/modules/%02d-%s", i, filepath.Base(m))
		if err := ird.AddHostFile(g, m); err != nil {
			return nil, err
		}
		modList = append(modList, g)
	}
	ird.AddFile("/etc/vm-modules", []byte(strings.Join(modList, "\n")+"\n"), 0o644)
	for _, p := range v.Programs {
		if err := ird.AddProgram(p); err != nil {
			return nil, err
		}
	}
	for p, data := range v.Files {
		ird.AddFile(p, data, 0o755)
	}
	initrd := filepath.Join(dir, "initrd.cpio")
	f, err := os.Create(initrd)
	if err != nil {
		return nil, err
	}
	if _, err := ird.WriteTo(f); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	disk := filepath.Join(dir, "out.img")
	size := v.OutSize
	if size == 0 {
		size = 1 << 30
	}
	if err := os.WriteFile(disk, nil, 0o644); err != nil {
		return nil, err
	}
	if err := os.Truncate(disk, size); err != nil {
		return nil, err
	}

	mem, cpus := v.MemoryMB, v.CPUs
	if mem == 0 {
		mem = 1024
	}
	if cpus == 0 {
		cpus = 2
	}
	cmd := exec.CommandContext(ctx, QEMU,
		"-accel", "tcg", "-cpu", "max",
		"-m", strconv.Itoa(mem), "-smp", strconv.Itoa(cpus),
		"-nodefaults", "-no-user-config", "-display", "none",
		"-serial", "stdio", "-no-reboot",
		"-kernel", v.Kernel.Vmlinuz, "-initrd", initrd,
		"-append", "console=ttyS0 panic=-1 quiet loglevel=3",
		"-drive", "file="+disk+",format=raw,if=virtio")
	var console bytes.Buffer
	var w io.Writer = &console
	if v.Console != nil {
		w = io.MultiWriter(&console, v.Console)
	}
	cmd.Stdout = w
	cmd.Stderr = w
	start := time.Now()
	runErr := cmd.Run()
	res := &Result{Console: console.Bytes(), Exit: -1, Files: map[string][]byte{}, Elapsed: time.Since(start)}
	if ctx.Err() != nil {
		return res, fmt.Errorf("vm: timed out after %v; console ends:\n%s", timeout, tail(res.Console, 3000))
	}
	if runErr != nil {
		return res, fmt.Errorf("vm: %s: %v; console ends:\n%s", QEMU, runErr, tail(res.Console, 3000))
	}
	df, err := os.Open(disk)
	if err != nil {
		return res, err
	}
	defer df.Close()
	tr := tar.NewReader(df)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return res, fmt.Errorf("vm: reading /out: %v; console ends:\n%s", err, tail(res.Console, 3000))
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return res, err
		}
		res.Files[strings.TrimPrefix(filepath.Clean(h.Name), "./")] = b
	}
	if e, ok := res.Files[".exit"]; ok {
		if n, err := strconv.Atoi(strings.TrimSpace(string(e))); err == nil {
			res.Exit = n
		}
		delete(res.Files, ".exit")
	} else {
		return res, fmt.Errorf("vm: the script did not finish; console ends:\n%s", tail(res.Console, 3000))
	}
	return res, nil
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}
