using ErmPortal.Web.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace ErmPortal.Tests.Unit;

/// <summary>Where the links in emails point: the configured public address, or in Development the one the portal listens on.</summary>
public class PortalAddressTests
{
    private static PortalAddress Address(string? publicUrl, string environment, params string[] listening)
    {
        var addresses = new Mock<IServerAddressesFeature>();
        addresses.Setup(a => a.Addresses).Returns(listening.ToList());
        var features = new FeatureCollection();
        features.Set(addresses.Object);
        var server = Mock.Of<IServer>(s => s.Features == features);
        var host = Mock.Of<IHostEnvironment>(h => h.EnvironmentName == environment);
        return new PortalAddress(Options.Create(new PortalOptions { PublicUrl = publicUrl }), host, server);
    }

    [Theory]
    [InlineData("http://localhost:5099", "http://localhost:5099")]
    [InlineData("http://[::]:7000", "http://localhost:7000")]
    [InlineData("http://0.0.0.0:7001", "http://localhost:7001")]
    [InlineData("http://+:7002", "http://localhost:7002")]
    [InlineData("http://*:7003/", "http://localhost:7003")]
    public void Should_link_to_the_listening_address_when_no_public_url_is_set_in_development(string listening, string expected) =>
        Assert.Equal(expected, Address(null, Environments.Development, listening).BaseUrl);

    [Fact]
    public void Should_prefer_the_https_address_when_the_portal_listens_on_both() =>
        Assert.Equal("https://localhost:7443", Address("", Environments.Development, "http://localhost:7080", "https://localhost:7443").BaseUrl);

    [Fact]
    public void Should_use_the_configured_public_url_whatever_the_portal_listens_on() =>
        Assert.Equal("https://erm.example.com", Address("https://erm.example.com/", Environments.Development, "http://localhost:7000").BaseUrl);

    [Fact]
    public void Should_not_trust_the_listening_address_outside_development() =>
        Assert.Equal(PortalAddress.DefaultUrl, Address(null, Environments.Production, "http://[::]:8080").BaseUrl);
}
