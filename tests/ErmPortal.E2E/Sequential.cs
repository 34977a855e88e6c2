using Xunit;

// Each journey class starts its own portal and Chromium; on a small machine, all of them at once starve each other
// until a page misses its timeout. One class at a time keeps every journey's waits meaningful.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
