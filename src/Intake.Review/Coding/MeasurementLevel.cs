namespace Intake.Review.Coding;

/// <summary>How a code's values are compared when agreement is measured (Krippendorff's levels).</summary>
public enum MeasurementLevel
{
    Nominal,
    Interval,
}
