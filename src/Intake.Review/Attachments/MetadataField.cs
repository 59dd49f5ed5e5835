namespace Intake.Review.Attachments;

/// <summary>A metadata field mat2 found in a file; only its name is ever printed.</summary>
internal sealed record MetadataField(string Name)
{
    private static readonly string[] IdentifyingWords = ["gps", "latitude", "longitude", "location", "author", "creator", "artist", "owner", "lastmodifiedby", "last_modified_by"];

    /// <summary>Whether the field can tell who made the file or where (GPS, author, creator and the like).</summary>
    public bool CanIdentify => IdentifyingWords.Any(word => Name.Contains(word, StringComparison.OrdinalIgnoreCase));
}
