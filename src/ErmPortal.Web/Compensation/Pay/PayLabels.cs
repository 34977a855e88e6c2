using ErmPortal.Data.Compensation;

namespace ErmPortal.Web.Compensation.Pay;

/// <summary>The English keys pay's values are shown by, translated where shown.</summary>
public static class PayLabels
{
    public static string Of(SalaryChangeReason reason) => reason switch
    {
        SalaryChangeReason.Hire => "Hire",
        SalaryChangeReason.Merit => "Merit raise",
        SalaryChangeReason.Promotion => "Promotion",
        SalaryChangeReason.MarketAdjustment => "Market adjustment",
        _ => "Correction",
    };

    public static string Of(PayFrequency frequency) => frequency switch
    {
        PayFrequency.Annual => "a year",
        PayFrequency.Monthly => "a month",
        _ => "an hour",
    };

    public static string Of(BonusKind kind) => kind switch
    {
        BonusKind.Performance => "Performance bonus",
        BonusKind.Signing => "Signing bonus",
        BonusKind.Spot => "Spot bonus",
        BonusKind.Retention => "Retention bonus",
        _ => "Referral bonus",
    };

    public static string Of(AllowanceKind kind) => kind switch
    {
        AllowanceKind.Housing => "Housing",
        AllowanceKind.Transport => "Transport",
        AllowanceKind.Meal => "Meals",
        AllowanceKind.Phone => "Phone",
        AllowanceKind.RemoteWork => "Remote work",
        AllowanceKind.Relocation => "Relocation",
        _ => "Other allowance",
    };

    public static string Of(BenefitCategory category) => category switch
    {
        BenefitCategory.Health => "Health",
        BenefitCategory.Pension => "Pension",
        BenefitCategory.Meal => "Meals",
        BenefitCategory.Transport => "Transport",
        BenefitCategory.Life => "Life insurance",
        BenefitCategory.Wellbeing => "Wellbeing",
        BenefitCategory.Childcare => "Childcare",
        _ => "Other benefit",
    };
}
