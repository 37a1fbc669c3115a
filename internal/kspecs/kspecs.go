// Package kspecs finds the kernel's machine-readable netlink specs
// (Documentation/netlink/specs/*.yaml) for tests: they are taken from
// Debian's linux-source package the first time and cached, never
// committed.
package kspecs

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/nldump/nldump/internal/testenv"
)

// Package is the Debian package whose source tree holds the specs.
const Package = "linux-source-6.12"

// ErrNoSpecs says the specs could not be had (not a Debian host, no
// network); tests skip on it unless told the specs are required.
var ErrNoSpecs = errors.New("no kernel netlink specs")

// CacheDir is where the specs are kept: $NLDUMP_SPECS_CACHE, or
// nldump-specs in the user's cache directory.
func CacheDir() string {
	if d := os.Getenv("NLDUMP_SPECS_CACHE"); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "nldump-specs")
	}
	return filepath.Join(os.TempDir(), "nldump-specs")
}

// Find returns the directory of the spec files under dir, fetching and
// extracting them the first time (apt-get download, then only the specs
// folder out of the source tarball: about 150 MB to download, 20 s).
func Find(dir string) (string, error) {
	if d, ok := cached(dir); ok {
		return d, nil
	}
	if !testenv.Specs() {
		return "", fmt.Errorf("%w: not cached in %s; set NLDUMP_SPECS=1 to fetch them from %s (about 150 MB, once)", ErrNoSpecs, dir, Package)
	}
	if _, err := exec.LookPath("apt-get"); err != nil {
		return "", fmt.Errorf("%w: apt-get not found (a Debian host is needed to fetch %s)", ErrNoSpecs, Package)
	}
	dl, err := os.MkdirTemp("", "nldump-specs-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dl)
	testenv.Announce(fmt.Sprintf("kspecs: fetching %s for the kernel's netlink specs (about 150 MB, once; cached in %s)", Package, dir))
	get := exec.Command("apt-get", "download", "-q", Package)
	get.Dir = dl
	if out, err := get.CombinedOutput(); err != nil {
		return "", fmt.Errorf("%w: apt-get download %s: %v: %s", ErrNoSpecs, Package, err, strings.TrimSpace(string(out)))
	}
	debs, _ := filepath.Glob(filepath.Join(dl, Package+"_*.deb"))
	if len(debs) != 1 {
		return "", fmt.Errorf("%w: apt-get download %s left %d packages", ErrNoSpecs, Package, len(debs))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(dir, "x-")
	if err != nil {
		return "", err
	}
	// the package holds one tarball of the source tree; take only the specs
	script := `dpkg-deb --fsys-tarfile "$1" | tar -xO "./usr/src/$2.tar.xz" | xz -dc | tar -x -C "$3" --wildcards '*/Documentation/netlink/specs/*'`
	if out, err := exec.Command("sh", "-c", script, "sh", debs[0], Package, tmp).CombinedOutput(); err != nil {
		os.RemoveAll(tmp)
		return "", fmt.Errorf("%w: extracting the specs from %s: %v: %s", ErrNoSpecs, debs[0], err, strings.TrimSpace(string(out)))
	}
	final := filepath.Join(dir, Package)
	os.RemoveAll(final)
	src, _ := filepath.Glob(filepath.Join(tmp, "*"))
	if len(src) != 1 {
		os.RemoveAll(tmp)
		return "", fmt.Errorf("%w: unexpected layout of %s", ErrNoSpecs, debs[0])
	}
	if err := os.Rename(src[0], final); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	os.RemoveAll(tmp)
	if d, ok := cached(dir); ok {
		return d, nil
	}
	return "", fmt.Errorf("%w: no spec files in %s", ErrNoSpecs, final)
}

func cached(dir string) (string, bool) {
	d := filepath.Join(dir, Package, "Documentation", "netlink", "specs")
	m, _ := filepath.Glob(filepath.Join(d, "*.yaml"))
	return d, len(m) > 0
}
