package decode

var ueventFamily = &family{
	whole: func(s *state, off, n int) {
		s.str("", off, n, 0)
	},
}
