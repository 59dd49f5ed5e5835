using Intake.Crypto.Age;

namespace Intake.Crypto.Recipients;

/// <summary>Something that can open a file: it unwraps the file key from a stanza addressed to it.</summary>
public interface IIdentity
{
    /// <summary>
    /// Returns the file key if one of <paramref name="stanzas"/> opens with this identity,
    /// null if none does. Throws <see cref="AgeFormatException"/> when a stanza of this
    /// identity's type is malformed: that is a broken file, not someone else's.
    /// </summary>
    FileKey? Unwrap(IReadOnlyList<Stanza> stanzas);
}
