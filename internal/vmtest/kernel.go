package vmtest

import (
	"bytes"
	"debug/elf"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// KernelPackage is the Debian meta package whose kernel the VM boots: a
// small cloud kernel with nlmon, veth and dummy as modules.
const KernelPackage = "linux-image-cloud-amd64"

// Kernel is an extracted Debian kernel package.
type Kernel struct {
	Package string // linux-image-6.1.0-...-cloud-amd64
	Release string // 6.1.0-...-cloud-amd64
	Vmlinuz string
	ModDir  string // .../lib/modules/RELEASE
	mods    map[string]string
}

// CacheDir is where downloads are kept: $NLDUMP_VM_CACHE, or nldump-vm in
// the user's cache directory.
func CacheDir() string {
	if d := os.Getenv("NLDUMP_VM_CACHE"); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "nldump-vm")
	}
	return filepath.Join(os.TempDir(), "nldump-vm")
}

// ErrNoKernel says the kernel package could not be had; tests skip on it.
var ErrNoKernel = errors.New("no VM kernel")

// FindKernel returns the kernel cached under dir, downloading and
// extracting it with apt-get download and dpkg -x the first time; before
// a download starts it calls note (when not nil) with a line saying so.
func FindKernel(dir string, note func(string)) (*Kernel, error) {
	kdir := filepath.Join(dir, "kernel")
	if b, err := os.ReadFile(filepath.Join(kdir, "current")); err == nil {
		if k, err := openKernel(filepath.Join(kdir, strings.TrimSpace(string(b)))); err == nil {
			return k, nil
		}
	}
	if err := os.MkdirAll(kdir, 0o755); err != nil {
		return nil, err
	}
	dl := filepath.Join(dir, "deb")
	if err := os.MkdirAll(dl, 0o755); err != nil {
		return nil, err
	}
	if note != nil {
		note(fmt.Sprintf("downloading the VM's kernel, Debian's %s (about 130 MB, once), into %s", KernelPackage, dir))
	}
	// The meta package names the versioned one in its Depends.
	meta, err := aptDownload(dl, KernelPackage)
	if err != nil {
		return nil, err
	}
	out, err := exec.Command("dpkg-deb", "-f", meta, "Depends").Output()
	if err != nil {
		return nil, fmt.Errorf("%w: dpkg-deb -f %s Depends: %v", ErrNoKernel, meta, err)
	}
	pkg := ""
	for _, d := range strings.Split(string(out), ",") {
		d = strings.TrimSpace(d)
		if name, _, _ := strings.Cut(d, " "); strings.HasPrefix(name, "linux-image-") {
			pkg = name
			break
		}
	}
	if pkg == "" {
		return nil, fmt.Errorf("%w: %s depends on no linux-image package: %q", ErrNoKernel, KernelPackage, out)
	}
	deb, err := aptDownload(dl, pkg)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(kdir, "x-")
	if err != nil {
		return nil, err
	}
	if out, err := exec.Command("dpkg", "-x", deb, tmp).CombinedOutput(); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("%w: dpkg -x %s: %v: %s", ErrNoKernel, deb, err, out)
	}
	final := filepath.Join(kdir, pkg)
	os.RemoveAll(final)
	if err := os.Rename(tmp, final); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(kdir, "current"), []byte(pkg+"\n"), 0o644); err != nil {
		return nil, err
	}
	return openKernel(final)
}

// aptDownload fetches a package's .deb into dir and returns its path.
func aptDownload(dir, pkg string) (string, error) {
	if _, err := exec.LookPath("apt-get"); err != nil {
		return "", fmt.Errorf("%w: apt-get not found (a Debian host is needed to fetch %s)", ErrNoKernel, pkg)
	}
	cmd := exec.Command("apt-get", "download", "-q", pkg)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("%w: apt-get download %s: %v: %s", ErrNoKernel, pkg, err, bytes.TrimSpace(out))
	}
	m, _ := filepath.Glob(filepath.Join(dir, pkg+"_*.deb"))
	if len(m) == 0 {
		return "", fmt.Errorf("%w: apt-get download %s wrote no .deb", ErrNoKernel, pkg)
	}
	return m[len(m)-1], nil
}

func openKernel(root string) (*Kernel, error) {
	vm, _ := filepath.Glob(filepath.Join(root, "boot", "vmlinuz-*"))
	if len(vm) != 1 {
		return nil, fmt.Errorf("%w: no vmlinuz in %s", ErrNoKernel, root)
	}
	rel := strings.TrimPrefix(filepath.Base(vm[0]), "vmlinuz-")
	k := &Kernel{
		Package: filepath.Base(root),
		Release: rel,
		Vmlinuz: vm[0],
		ModDir:  filepath.Join(root, "lib", "modules", rel),
		mods:    map[string]string{},
	}
	err := filepath.WalkDir(k.ModDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if n, ok := strings.CutSuffix(d.Name(), ".ko"); ok && !d.IsDir() {
			k.mods[strings.ReplaceAll(n, "-", "_")] = p
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return k, nil
}

// Modules returns the module files to load, in order, for the named
// modules and everything they depend on (read from each module's
// .modinfo, since the package carries no modules.dep).
func (k *Kernel) Modules(names ...string) ([]string, error) {
	var order []string
	state := map[string]int{} // 1 visiting, 2 done
	var visit func(n string) error
	visit = func(n string) error {
		n = strings.ReplaceAll(n, "-", "_")
		switch state[n] {
		case 1:
			return fmt.Errorf("module dependency cycle at %s", n)
		case 2:
			return nil
		}
		p, ok := k.mods[n]
		if !ok {
			return fmt.Errorf("kernel %s has no module %s", k.Release, n)
		}
		state[n] = 1
		deps, err := moduleDepends(p)
		if err != nil {
			return err
		}
		for _, d := range deps {
			if err := visit(d); err != nil {
				return err
			}
		}
		state[n] = 2
		order = append(order, p)
		return nil
	}
	for _, n := range names {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func moduleDepends(file string) ([]string, error) {
	f, err := elf.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s := f.Section(".modinfo")
	if s == nil {
		return nil, nil
	}
	b, err := s.Data()
	if err != nil {
		return nil, err
	}
	for _, kv := range bytes.Split(b, []byte{0}) {
		if v, ok := bytes.CutPrefix(kv, []byte("depends=")); ok {
			if len(v) == 0 {
				return nil, nil
			}
			return strings.Split(string(v), ","), nil
		}
	}
	return nil, nil
}
