using System.Text;
using MinutesLang.Cli;
using Xunit;

namespace MinutesLang.Tests;

/// <summary>
/// The managed SHA-256 of the summary cache (<see cref="Sha256"/>, issue 14: the hook no longer loads OpenSSL) gives the
/// digests of the runtime's SHA-256 at every length around the block and padding boundaries, on text in Chinese and on
/// random bytes, and the published vectors of FIPS 180-4.
/// </summary>
public sealed class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void ThePublishedVectors(string text, string digest) => Assert.Equal(digest, Sha256.Hex(text));

    [Fact]
    public void EveryLengthFromNothingToThreeBlocksAsTheRuntimes()
    {
        var random = new Random(14);
        for (int length = 0; length <= 200; length++)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(bytes), Sha256.Hash(bytes));
        }

        var large = new byte[100_003];
        random.NextBytes(large);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(large), Sha256.Hash(large));
    }

    [Theory]
    [InlineData("113年第2次會議紀錄")]
    [InlineData("@meeting 108-1\n地點：新北市政府\n")]
    [InlineData("minutes-summaries/1 compiler=0 series=1 path=7365656473")]
    public void TextAsTheRuntimes(string text) =>
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))), Sha256.Hex(text));
}
