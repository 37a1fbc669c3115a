package decode

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// corpusBuf is one buffer of the corpus as the kernel saw it.
type corpusBuf struct {
	data  []byte
	proto Proto
	recv  bool
	where string // file:line
	cmd   string
	// partial: the first message claims more bytes than the record
	// holds, a sendmsg whose iovecs the recording did not all keep
	partial bool
}

// corpusBuffers reads a corpus file and joins the records strace dumped
// one iovec at a time (a sendmsg whose first iovec is shorter than its
// nlmsg_len, followed by the rest of the same call) into the buffers the
// kernel received.
func corpusBuffers(t *testing.T, path string) []corpusBuf {
	t.Helper()
	recs := readRecords(t, path)
	var out []corpusBuf
	for i := 0; i < len(recs); i++ {
		r := recs[i]
		b, err := hex.DecodeString(r.Hex)
		if err != nil {
			t.Fatalf("%s:%d: %v", path, i+1, err)
		}
		proto, ok := ParseProto(r.Proto)
		if !ok {
			proto = ProtoRoute
		}
		cb := corpusBuf{data: b, proto: proto, recv: r.Dir == "recv", where: fmt.Sprintf("%s:%d", path, i+1), cmd: r.Cmd}
		for r.Call == "sendmsg" && len(cb.data) >= 4 && int(binary.LittleEndian.Uint32(cb.data)) > len(cb.data) && i+1 < len(recs) &&
			recs[i+1].Call == "sendmsg" && recs[i+1].Pid == r.Pid && recs[i+1].Dir == r.Dir {
			more, err := hex.DecodeString(recs[i+1].Hex)
			if err != nil {
				break
			}
			cb.data = append(cb.data, more...)
			i++
		}
		if len(cb.data) >= 4 && int(binary.LittleEndian.Uint32(cb.data)) > len(cb.data) && proto != ProtoKobjectUevent {
			cb.partial = true
		}
		out = append(out, cb)
	}
	return out
}

// corpusFiles returns the corpus files, and NLDUMP_MORE_CORPUS's.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../testdata/corpus/*.jsonl")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	if g := os.Getenv("NLDUMP_MORE_CORPUS"); g != "" {
		more, _ := filepath.Glob(g)
		files = append(files, more...)
	}
	return files
}
