// Each test runs real processes (the server, Chromium, intake-age) and the crash test
// streams ~140 MiB: run one test at a time so two cores are not shared between them and
// the timing the crash test relies on stays what it expects.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
