namespace Intake.AgeCli.Tests.Tools;

/// <summary>Locates the repository (the directory holding Intake.sln) from the test assembly.</summary>
public static class RepositoryRoot
{
    public static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Intake.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"no directory above {AppContext.BaseDirectory} holds Intake.sln");
    }
}
