using Intake.Crypto.Age;

namespace Intake.Crypto.Recipients;

/// <summary>Something a file can be encrypted to: it wraps the file key into one stanza.</summary>
public interface IRecipient
{
    RecipientKind Kind { get; }

    Stanza Wrap(FileKey fileKey);
}
