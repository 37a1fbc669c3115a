package decode

import "github.com/nldump/nldump/decode/internal/xlat"

// TASKSTATS (linux/taskstats.h, linux/cgroupstats.h): per-task and
// per-cgroup accounting. Requests (TASKSTATS_CMD_GET, CGROUPSTATS_CMD_GET)
// and replies (..._NEW) are numbered apart, each with its own set.

var taskstatsSpec = &genlSpec{
	name:    "TASKSTATS",
	cmds:    xlat.GenlTaskstatsCmds,
	cmdDflt: "TASKSTATS_CMD_???",
	attrs:   taskstatsTypes,
	cmdAttrs: map[uint8]*attrSet{
		xlat.TASKSTATS_CMD_GET:   taskstatsCmdAttrs,
		xlat.TASKSTATS_CMD_NEW:   taskstatsTypes,
		xlat.CGROUPSTATS_CMD_GET: cgroupstatsCmdAttrs,
		xlat.CGROUPSTATS_CMD_NEW: cgroupstatsTypes,
	},
}

var taskstatsCmdAttrs = newSet(xlat.GenlTaskstatsCmdAttrs, "TASKSTATS_CMD_ATTR_???", []attrDec{
	xlat.TASKSTATS_CMD_ATTR_PID:                gU32,
	xlat.TASKSTATS_CMD_ATTR_TGID:               gU32,
	xlat.TASKSTATS_CMD_ATTR_REGISTER_CPUMASK:   nlaStr,
	xlat.TASKSTATS_CMD_ATTR_DEREGISTER_CPUMASK: nlaStr,
})

var taskstatsTypes = newSet(xlat.GenlTaskstatsTypes, "TASKSTATS_TYPE_???", []attrDec{
	xlat.TASKSTATS_TYPE_PID:   gU32,
	xlat.TASKSTATS_TYPE_TGID:  gU32,
	xlat.TASKSTATS_TYPE_STATS: funcDec(decodeTaskstats),
})

func init() {
	self := nestDec{taskstatsTypes}
	taskstatsTypes.dec = append(taskstatsTypes.dec, self, self) // TASKSTATS_TYPE_AGGR_PID, _AGGR_TGID
}

// struct taskstats as of version 13; later versions append fields, which
// print as "...".
var taskstatsStruct = &structSpec{name: "taskstats", size: 416, fields: []field{
	fU("version", 0, 2),
	fDU("ac_exitcode", 4, 4), // __u32
	fX("ac_flag", 8, 1),
	fDU("ac_nice", 9, 1), // __u8
	fU("cpu_count", 16, 8),
	fU("cpu_delay_total", 24, 8),
	fU("blkio_count", 32, 8),
	fU("blkio_delay_total", 40, 8),
	fU("swapin_count", 48, 8),
	fU("swapin_delay_total", 56, 8),
	fU("cpu_run_real_total", 64, 8),
	fU("cpu_run_virtual_total", 72, 8),
	fStr("ac_comm", 80, 32, qNulTerm|qNoLimit),
	fU("ac_sched", 112, 1),
	fU("ac_uid", 120, 4),
	fU("ac_gid", 124, 4),
	fU("ac_pid", 128, 4),
	fU("ac_ppid", 132, 4),
	fU("ac_btime", 136, 4),
	fU("ac_etime", 144, 8),
	fU("ac_utime", 152, 8),
	fU("ac_stime", 160, 8),
	fU("ac_minflt", 168, 8),
	fU("ac_majflt", 176, 8),
	fU("coremem", 184, 8),
	fU("virtmem", 192, 8),
	fU("hiwater_rss", 200, 8),
	fU("hiwater_vm", 208, 8),
	fU("read_char", 216, 8),
	fU("write_char", 224, 8),
	fU("read_syscalls", 232, 8),
	fU("write_syscalls", 240, 8),
	fU("read_bytes", 248, 8),
	fU("write_bytes", 256, 8),
	fU("cancelled_write_bytes", 264, 8),
	fU("nvcsw", 272, 8),
	fU("nivcsw", 280, 8),
	fU("ac_utimescaled", 288, 8),
	fU("ac_stimescaled", 296, 8),
	fU("cpu_scaled_run_real_total", 304, 8),
	fU("freepages_count", 312, 8),
	fU("freepages_delay_total", 320, 8),
	fU("thrashing_count", 328, 8),
	fU("thrashing_delay_total", 336, 8),
	fU("ac_btime64", 344, 8),
	fU("compact_count", 352, 8),
	fU("compact_delay_total", 360, 8),
	fU("ac_tgid", 368, 4),
	fU("ac_tgetime", 376, 8),
	fX("ac_exe_dev", 384, 8),
	fU("ac_exe_inode", 392, 8),
	fU("wpcopy_count", 400, 8),
	fU("wpcopy_delay_total", 408, 8),
}}

func decodeTaskstats(s *state, off, n int) bool {
	sp := taskstatsStruct
	if n < sp.size {
		return false
	}
	s.openStruct("", off, n)
	s.fields(sp.fields, off)
	if n > sp.size {
		s.more()
	}
	s.close()
	return true
}

var cgroupstatsCmdAttrs = newSet(xlat.GenlCgroupstatsCmdAttrs, "CGROUPSTATS_CMD_ATTR_???", []attrDec{
	xlat.CGROUPSTATS_CMD_ATTR_FD: numDec{size: 4, fmt: FmtFd, exact: true},
})

var cgroupstatsTypes = newSet(xlat.GenlCgroupstatsTypes, "CGROUPSTATS_TYPE_???", []attrDec{
	xlat.CGROUPSTATS_TYPE_CGROUP_STATS: structDec{&structSpec{name: "cgroupstats", size: 40, fields: []field{ // CGROUPSTATS_TYPE_CGROUP_STATS
		fU("nr_sleeping", 0, 8),
		fU("nr_running", 8, 8),
		fU("nr_stopped", 16, 8),
		fU("nr_uninterruptible", 24, 8),
		fU("nr_io_wait", 32, 8),
	}}},
})
