using ErmPortal.Data.Onboarding;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>The English names (resource keys) of a document's type and visibility, written out so each key has a use in code.</summary>
public static class DocumentLabels
{
    public static string Of(EmployeeDocumentType type) => type switch
    {
        EmployeeDocumentType.Contract => "Contract",
        EmployeeDocumentType.IdentityDocument => "Identity document",
        EmployeeDocumentType.WorkPermit => "Work permit",
        EmployeeDocumentType.SignedPolicy => "Signed policy",
        EmployeeDocumentType.Certificate => "Certificate",
        _ => "Other document",
    };

    public static string Of(DocumentVisibility visibility) => visibility switch
    {
        DocumentVisibility.HrOnly => "Only HR",
        _ => "The person and HR",
    };
}
