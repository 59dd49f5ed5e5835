namespace Intake.Server.Submissions;

/// <summary>Free space where the database lives, to refuse uploads before the disk fills.</summary>
public sealed class DiskSpace(string directory, long floorBytes)
{
    public long FloorBytes => floorBytes;

    public bool BelowFloor() => new DriveInfo(Path.GetFullPath(directory)).AvailableFreeSpace < floorBytes;
}
