namespace Intake.Review.Workspace;

/// <summary>
/// A reviewer identity configured in the workspace: the file identities/<see cref="Name"/>.age,
/// the public keys of the secret keys in it, and the reviewer's label for it.
/// </summary>
public sealed record WorkspaceIdentity(string Name, IReadOnlyList<string> Recipients, string? Label, DateOnly AddedDay);
