using System.Runtime.Versioning;

// deploy/ installs on Debian; these tests run its scripts and Linux tools, so only on Linux.
[assembly: SupportedOSPlatform("linux")]
