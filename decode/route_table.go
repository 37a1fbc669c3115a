package decode

// routeTable lists the decoder of every NETLINK_ROUTE message type; each
// entry is defined in the file of its object.
var routeTable = []routeEntry{
	routeLinkEntry,
	routeTcEntry,
	routeTcActionEntry,
	routeStatsEntry,
}
