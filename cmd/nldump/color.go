package main

import (
	"fmt"
	"github.com/mattn/go-isatty"
	"io"
	"os"
	"strings"

	"github.com/fatih/color"

	"github.com/nldump/nldump/decode"
)

// palette holds the escape sequences of each class of text. A nil palette
// prints plain text; the text is the same either way, the escapes aside.
type palette struct {
	start, stop [decode.ClassUnknown + 1]string
	// for diff and check
	minus, plus, hunk, header, err, warn, note paint
}

// paint is the start and stop sequences of one color.
type paint struct{ on, off string }

func (p paint) wrap(dst []byte, s string) []byte {
	dst = append(dst, p.on...)
	dst = append(dst, s...)
	return append(dst, p.off...)
}

// newPaint asks fatih/color for the sequences of attrs.
func newPaint(attrs ...color.Attribute) paint {
	c := color.New(attrs...)
	c.EnableColor()
	s := c.Sprint("\x00")
	on, off, _ := strings.Cut(s, "\x00")
	return paint{on, off}
}

func newPalette() *palette {
	p := &palette{}
	set := func(c decode.Class, attrs ...color.Attribute) {
		x := newPaint(attrs...)
		p.start[c], p.stop[c] = x.on, x.off
	}
	set(decode.ClassType, color.FgBlue, color.Bold)
	set(decode.ClassName, color.FgCyan)
	set(decode.ClassNumber, color.FgYellow)
	set(decode.ClassString, color.FgGreen)
	set(decode.ClassError, color.FgRed, color.Bold)
	set(decode.ClassUnknown, color.FgMagenta)
	// field names stay plain: they are most of the text
	p.minus = newPaint(color.FgRed)
	p.plus = newPaint(color.FgGreen)
	p.hunk = newPaint(color.FgCyan)
	p.header = newPaint(color.Bold)
	p.err = newPaint(color.FgRed, color.Bold)
	p.warn = newPaint(color.FgYellow, color.Bold)
	p.note = newPaint(color.Faint)
	return p
}

// Start and Stop make a palette a decode.Styler.
func (p *palette) Start(dst []byte, c decode.Class) []byte { return append(dst, p.start[c]...) }
func (p *palette) Stop(dst []byte, c decode.Class) []byte  { return append(dst, p.stop[c]...) }

// paintOf returns one of the palette's paints, or no paint for a nil
// palette.
func (p *palette) get(f func(*palette) paint) paint {
	if p == nil {
		return paint{}
	}
	return f(p)
}

// colorFor decides whether output to w gets color: --color=always or
// never, or (auto) when w is a terminal and NO_COLOR is not set.
func colorFor(mode string, w io.Writer) (*palette, error) {
	switch mode {
	case "always":
		return newPalette(), nil
	case "never":
		return nil, nil
	case "auto", "":
		if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" || !isTerminal(w) {
			return nil, nil
		}
		return newPalette(), nil
	}
	return nil, fmt.Errorf("--color %s: want auto, always or never", mode)
}

// isTerminal reports whether w is a terminal (not merely a character
// device: /dev/null is one too).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd())
}
