using Intake.Review.Workspace;

namespace Intake.Review.Coding;

/// <summary>
/// <c>review merge</c>: other coders' exports into this workspace. Every file is checked before
/// anything is written; then each file's coder's applications are replaced by the file's, so
/// merging the same file twice changes nothing and a code the coder removed goes away.
/// </summary>
public static class CodingMerge
{
    /// <returns>Per file: its coder, how many applications it brought, how many of that coder's it replaced.</returns>
    /// <exception cref="ReviewException">A file is unreadable, from another codebook or major version, this workspace's own coder's, for testimonies this workspace does not hold, or holds an invalid application.</exception>
    public static IReadOnlyList<(string File, string Coder, int Applications, int Replaced)> Merge(ReviewWorkspace workspace, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(files);
        var codebook = Codebook.Load();
        var own = workspace.Coding.Coder;
        var held = workspace.Catalog.List().Select(summary => summary.Id).ToHashSet();
        var exports = files.Select(file => (File: file, Export: Read(file))).ToList();
        foreach (var (file, export) in exports)
        {
            Check(file, export, codebook, own, held);
        }
        var repeated = exports.GroupBy(e => e.Export.Coder, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw new ReviewException($"Several files hold coder \"{repeated.Key}\"'s coding; merge only the latest export of each coder. Nothing was merged.");
        }
        return [.. exports.Select(e =>
        {
            var applications = e.Export.ToApplications().ToList();
            return (e.File, e.Export.Coder, applications.Count, workspace.Coding.ReplaceCoder(e.Export.Coder, applications));
        })];
    }

    private static CodingExport Read(string file)
    {
        try
        {
            return CodingExport.Parse(File.ReadAllBytes(file));
        }
        catch (FormatException e)
        {
            throw new ReviewException($"{file} cannot be merged: {e.Message}. Nothing was merged.", e);
        }
        catch (FileNotFoundException e)
        {
            throw new ReviewException($"There is no file {file}. Nothing was merged.", e);
        }
    }

    private static void Check(string file, CodingExport export, Codebook codebook, string? own, HashSet<Guid> held)
    {
        string Refuse(string why) => $"{file} cannot be merged: {why}. Nothing was merged.";
        if (export.Codebook.Id != codebook.Id || export.Codebook.Version != codebook.Version
            || export.Applications.Any(a => a.CodebookVersion != codebook.Version))
        {
            throw new ReviewException(Refuse(
                $"it was coded with codebook {export.Codebook.Id} version {export.Codebook.Version}, and this workspace codes with {codebook.Id} version {codebook.Version}; codings made with different codebooks cannot be compared"));
        }
        if (!CoderNames.IsValid(export.Coder))
        {
            throw new ReviewException(Refuse("its coder's name is not valid"));
        }
        if (export.Coder == own)
        {
            throw new ReviewException(Refuse($"it holds the coding of \"{own}\", this workspace's own coder, which merging would overwrite"));
        }
        var missing = export.Applications.Select(a => a.Testimony).Where(id => !held.Contains(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            throw new ReviewException(Refuse(
                $"it codes {missing.Count} testimon{(missing.Count == 1 ? "y" : "ies")} this workspace does not hold (such as {missing[0]}); import the same bundles first"));
        }
        foreach (var application in export.ToApplications())
        {
            try
            {
                var code = codebook.Require(application.CodeId);
                if (!(application.Adjudicated && application.Value == CodeValues.Absent) && CodeValues.Check(code, application.Value) != application.Value)
                {
                    throw new ReviewException($"a value of {code.Id} is not in its normal form");
                }
                if (application.Passage is { } passage && (passage.Start >= passage.End || passage.Start < 0))
                {
                    throw new ReviewException("a passage does not have START less than END");
                }
            }
            catch (ReviewException e)
            {
                throw new ReviewException(Refuse($"an application on testimony {application.TestimonyId} is not valid ({e.Message})"), e);
            }
        }
    }
}
