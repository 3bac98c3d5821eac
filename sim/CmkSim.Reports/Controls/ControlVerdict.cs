namespace CmkSim.Reports.Controls;

/// <summary>Per rule: every check held, an expectation citing it failed, or the run raised a finding on it.</summary>
public enum ControlVerdict
{
    Pass,
    Fail,
    Finding,
}
