namespace Intake.Review.Import;

/// <summary>The refusals more than one step of the import raises, worded once.</summary>
internal static class ImportFailures
{
    public static ImportRefusedException NoIdentityOpens(Guid submission, int partIndex, Exception inner) => new(
        ImportRefusal.NoIdentityOpens,
        $"None of this workspace's identities can decrypt part {partIndex} of submission {submission}. Nothing was imported. " +
        "If another reviewer's key was used, add it with `review identity add FILE`; otherwise ask the operator to check that the server encrypts to your public key (`review identity list` shows it).",
        inner);

    public static ImportRefusedException DamagedPart(Guid submission, int partIndex, Exception inner) => new(
        ImportRefusal.ContentMismatch,
        $"Part {partIndex} of submission {submission} is not a valid age file ({inner.Message}), although the server signed it. Nothing was imported. Report it to the operator.",
        inner);
}
