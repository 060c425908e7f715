// These tests drive builds and processes that compete for the machine's two cores; running them one at
// a time keeps their timing (the kill-and-resume test) predictable.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
