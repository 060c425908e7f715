// These tests drive builds and processes that compete for the machine's cores: at most two collections run at a
// time (see PackageCollections), and the timing-sensitive kill-and-resume test runs alone after them.
[assembly: Xunit.CollectionBehavior(MaxParallelThreads = 2)]
