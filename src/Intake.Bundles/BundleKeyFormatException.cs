namespace Intake.Bundles;

/// <summary>Text given as a server export key is not one; the message says what it looks like instead.</summary>
public sealed class BundleKeyFormatException(string message) : FormatException(message);
