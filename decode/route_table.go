package decode

// routeTable lists the decoder of every NETLINK_ROUTE message type; each
// entry is defined in the file of its object.
var routeTable = []routeEntry{
	routeLinkEntry,
	routeAddrEntry,
	routeRouteEntry,
	routeNeighEntry,
	routeRuleEntry,
	routePrefixEntry,
	routeNeightblEntry,
	routeNduseroptEntry,
	routeAddrlabelEntry,
	routeDcbEntry,
	routeNetconfEntry,
	routeMdbEntry,
	routeNsidEntry,
	routeCachereportEntry,
	routeNexthopEntry,
	routeVlanEntry,
	routeTunnelEntry,
	routeTcEntry,
	routeTcActionEntry,
	routeStatsEntry,
}
