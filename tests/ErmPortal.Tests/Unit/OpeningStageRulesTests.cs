using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;

namespace ErmPortal.Tests.Unit;

/// <summary>How HR may shape an opening's stages: Applied first, the final stages last, and no candidate left without an answer.</summary>
public class OpeningStageRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private static Opening NewOpening()
    {
        var requisition = new Requisition { Id = 1 };
        requisition.Approve("hr", null, Now.AddDays(-5));
        var opening = Opening.FromRequisition(requisition, "Analyst", 7, Now);
        var id = 10;
        foreach (var stage in opening.Stages) stage.Id = id++;
        return opening;
    }

    private static string[] Names(Opening opening) => opening.Stages.OrderBy(s => s.Order).Select(s => s.Name).ToArray();

    private static OpeningStage Stage(Opening opening, string name) => opening.Stages.Single(s => s.Name == name);

    [Fact]
    public void Should_put_a_new_stage_before_the_final_stages_when_hr_adds_one()
    {
        var opening = NewOpening();

        opening.AddStage("  Technical interview ", StageKind.Interview);

        Assert.Equal(["Applied", "Screening", "Interview", "Offer", "Technical interview", "Hired", "Rejected", "Withdrawn"], Names(opening));
        Assert.Equal(Enumerable.Range(1, 8), opening.Stages.OrderBy(s => s.Order).Select(s => s.Order));
    }

    [Theory]
    [InlineData(StageKind.Applied)]
    [InlineData(StageKind.Hired)]
    [InlineData(StageKind.Rejected)]
    [InlineData(StageKind.Withdrawn)]
    public void Should_refuse_a_second_stage_of_a_kind_every_opening_has_once(StageKind kind)
    {
        var opening = NewOpening();
        Assert.Throws<DomainRuleException>(() => opening.AddStage("Another", kind));
        Assert.Equal(7, opening.Stages.Count);
    }

    [Fact]
    public void Should_refuse_a_blank_or_repeated_stage_name()
    {
        var opening = NewOpening();
        Assert.Equal("Name", Assert.Throws<DomainRuleException>(() => opening.AddStage("  ", StageKind.Screening)).PropertyName);
        Assert.Equal("Another stage is already called {0}.", Assert.Throws<DomainRuleException>(() => opening.AddStage("interview", StageKind.Interview)).Message);
        Assert.Throws<DomainRuleException>(() => opening.ChangeStage(Stage(opening, "Offer"), "Screening", null));
    }

    [Fact]
    public void Should_move_a_stage_among_those_hr_may_move_and_keep_applied_first_and_final_stages_last()
    {
        var opening = NewOpening();

        opening.MoveStage(Stage(opening, "Interview"), earlier: true);
        Assert.Equal(["Applied", "Interview", "Screening", "Offer", "Hired", "Rejected", "Withdrawn"], Names(opening));

        Assert.Throws<DomainRuleException>(() => opening.MoveStage(Stage(opening, "Interview"), earlier: true));
        Assert.Throws<DomainRuleException>(() => opening.MoveStage(Stage(opening, "Offer"), earlier: false));
        Assert.Throws<DomainRuleException>(() => opening.MoveStage(Stage(opening, "Applied"), earlier: false));
        Assert.Throws<DomainRuleException>(() => opening.MoveStage(Stage(opening, "Hired"), earlier: true));
        Assert.Equal(["Applied", "Interview", "Screening", "Offer", "Hired", "Rejected", "Withdrawn"], Names(opening));
    }

    [Fact]
    public void Should_remove_an_unused_stage_and_refuse_one_candidates_have_been_in()
    {
        var opening = NewOpening();

        var refused = Assert.Throws<DomainRuleException>(() => opening.RemoveStage(Stage(opening, "Screening"), everUsed: true));
        Assert.Contains("cannot be removed", refused.Message);
        opening.RemoveStage(Stage(opening, "Screening"), everUsed: false);

        Assert.Equal(["Applied", "Interview", "Offer", "Hired", "Rejected", "Withdrawn"], Names(opening));
        Assert.Equal(Enumerable.Range(1, 6), opening.Stages.OrderBy(s => s.Order).Select(s => s.Order));
    }

    [Theory]
    [InlineData("Applied")]
    [InlineData("Hired")]
    [InlineData("Rejected")]
    [InlineData("Withdrawn")]
    public void Should_keep_the_stages_every_opening_has(string name)
    {
        var opening = NewOpening();
        Assert.Throws<DomainRuleException>(() => opening.RemoveStage(Stage(opening, name), everUsed: false));
        Assert.Contains(name, Names(opening));
    }

    [Theory]
    [InlineData("Rejected")]
    [InlineData("Withdrawn")]
    public void Should_refuse_to_leave_a_turned_down_or_withdrawn_candidate_without_a_message(string name)
    {
        var opening = NewOpening();
        var stage = Stage(opening, name);
        var before = stage.CandidateMessage;

        var refused = Assert.Throws<DomainRuleException>(() => opening.ChangeStage(stage, name, "   "));

        Assert.Equal("CandidateMessage", refused.PropertyName);
        Assert.Equal(before, stage.CandidateMessage);
    }

    [Fact]
    public void Should_rename_a_stage_and_let_other_stages_go_without_a_message()
    {
        var opening = NewOpening();
        var stage = Stage(opening, "Screening");

        opening.ChangeStage(stage, "Phone screen", " ");

        Assert.Equal("Phone screen", stage.Name);
        Assert.Null(stage.CandidateMessage);
        Assert.Equal(StageKind.Screening, stage.Kind);
    }

    [Fact]
    public void Should_refuse_a_stage_of_another_opening()
    {
        var opening = NewOpening();
        var other = NewOpening();
        Assert.Throws<DomainRuleException>(() => opening.RemoveStage(Stage(other, "Screening"), everUsed: false));
        Assert.Equal(7, opening.Stages.Count);
    }

    [Fact]
    public void Should_tell_only_the_newly_named_interviewers_when_the_team_changes()
    {
        var opening = NewOpening();
        opening.SetInterviewers([1, 2]);
        opening.TakeDomainEvents();

        opening.SetInterviewers([2, 3, 3]);

        Assert.Equal([2, 3], opening.Interviewers.Select(i => i.EmployeeId).Order());
        var told = Assert.IsType<OpeningInterviewersAdded>(Assert.Single(opening.TakeDomainEvents()));
        Assert.Equal([3], told.EmployeeIds);
        opening.SetInterviewers([2, 3]);
        Assert.Empty(opening.TakeDomainEvents());
    }

    [Fact]
    public void Should_not_publish_a_closed_opening_again()
    {
        var opening = NewOpening();
        opening.Publish(Now);
        opening.Unpublish();
        Assert.Equal(OpeningStatus.Draft, opening.Status);
        opening.Close(Now);
        Assert.Throws<DomainRuleException>(() => opening.Publish(Now));
        Assert.Throws<DomainRuleException>(() => opening.Unpublish());
        Assert.Equal(OpeningStatus.Closed, opening.Status);
    }
}
