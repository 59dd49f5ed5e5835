namespace Intake.Review.Coding;

/// <summary>What a code stands for: an ILO indicator, a Palermo element (act, means, purpose) or a case attribute.</summary>
public enum CodeKind
{
    IloIndicator,
    PalermoAct,
    PalermoMeans,
    PalermoPurpose,
    Attribute,
}
