// RFC 6238 appendix B vectors, RFC 4648 base32 vectors, the ±1 step window and otpauth URIs.
#include "security/Base32.h"
#include "security/QrCode.h"
#include "security/Totp.h"

#include <QTest>
#include <QUrlQuery>

using namespace warden;

class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("expected");
        const int sha1 = QCryptographicHash::Sha1;
        const int sha256 = QCryptographicHash::Sha256;
        const int sha512 = QCryptographicHash::Sha512;
        QTest::newRow("59 sha1") << qint64(59) << sha1 << QStringLiteral("94287082");
        QTest::newRow("59 sha256") << qint64(59) << sha256 << QStringLiteral("46119246");
        QTest::newRow("59 sha512") << qint64(59) << sha512 << QStringLiteral("90693936");
        QTest::newRow("1111111109 sha1") << qint64(1111111109) << sha1 << QStringLiteral("07081804");
        QTest::newRow("1111111109 sha256") << qint64(1111111109) << sha256 << QStringLiteral("68084774");
        QTest::newRow("1111111109 sha512") << qint64(1111111109) << sha512 << QStringLiteral("25091201");
        QTest::newRow("1111111111 sha1") << qint64(1111111111) << sha1 << QStringLiteral("14050471");
        QTest::newRow("1234567890 sha1") << qint64(1234567890) << sha1 << QStringLiteral("89005924");
        QTest::newRow("1234567890 sha256") << qint64(1234567890) << sha256 << QStringLiteral("91819424");
        QTest::newRow("2000000000 sha1") << qint64(2000000000) << sha1 << QStringLiteral("69279037");
        QTest::newRow("2000000000 sha512") << qint64(2000000000) << sha512 << QStringLiteral("38618901");
        QTest::newRow("20000000000 sha1") << qint64(20000000000) << sha1 << QStringLiteral("65353130");
        QTest::newRow("20000000000 sha256") << qint64(20000000000) << sha256 << QStringLiteral("77737706");
        QTest::newRow("20000000000 sha512") << qint64(20000000000) << sha512 << QStringLiteral("47863826");
    }

    void rfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(int, algorithm);
        QFETCH(QString, expected);
        // The RFC's seeds: the ASCII digits repeated to the hash's key length.
        QByteArray seed;
        const int length =
            algorithm == QCryptographicHash::Sha1 ? 20 : (algorithm == QCryptographicHash::Sha256 ? 32 : 64);
        while (seed.size() < length) {
            seed += "1234567890";
        }
        seed.truncate(length);
        QCOMPARE(Totp::codeForStep(seed, time / 30, 8, static_cast<QCryptographicHash::Algorithm>(algorithm)),
                 expected);
    }

    void windowAcceptsOneStepEitherSide()
    {
        const QByteArray secret = "12345678901234567890";
        const qint64 now = 1'700'000'000;
        const qint64 step = Totp::stepAt(now);
        QCOMPARE(Totp::matchingStep(secret, Totp::codeForStep(secret, step), now), std::optional<qint64>(step));
        QCOMPARE(Totp::matchingStep(secret, Totp::codeForStep(secret, step - 1), now), std::optional<qint64>(step - 1));
        QCOMPARE(Totp::matchingStep(secret, Totp::codeForStep(secret, step + 1), now), std::optional<qint64>(step + 1));
        QVERIFY(!Totp::matchingStep(secret, Totp::codeForStep(secret, step - 2), now));
        QVERIFY(!Totp::matchingStep(secret, Totp::codeForStep(secret, step + 2), now));
        QVERIFY(!Totp::matchingStep(secret, QStringLiteral("12345"), now));
        QVERIFY(!Totp::matchingStep(secret, QStringLiteral("abcdef"), now));
    }

    void base32Vectors()
    {
        QCOMPARE(Base32::encode("f"), QStringLiteral("MY"));
        QCOMPARE(Base32::encode("fo"), QStringLiteral("MZXQ"));
        QCOMPARE(Base32::encode("foo"), QStringLiteral("MZXW6"));
        QCOMPARE(Base32::encode("foob"), QStringLiteral("MZXW6YQ"));
        QCOMPARE(Base32::encode("fooba"), QStringLiteral("MZXW6YTB"));
        QCOMPARE(Base32::encode("foobar"), QStringLiteral("MZXW6YTBOI"));
        QCOMPARE(Base32::decode(QStringLiteral("mzxw6ytboi======")).value(), QByteArray("foobar"));
        QVERIFY(!Base32::decode(QStringLiteral("MZ1W")));
        const QByteArray secret = Totp::generateSecret();
        QCOMPARE(secret.size(), Totp::kSecretBytes);
        QCOMPARE(Base32::decode(Base32::encode(secret)).value(), secret);
    }

    void otpauthUriAndQrCode()
    {
        const QByteArray secret = "12345678901234567890";
        const QString uri = Totp::otpauthUri(QStringLiteral("Warden"), QStringLiteral("ana+x@acme.test"), secret);
        const QUrl url(uri);
        QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(url.host(), QStringLiteral("totp"));
        QCOMPARE(url.path(), QStringLiteral("/Warden:ana+x@acme.test"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("secret")), Base32::encode(secret));
        QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
        const QrCode code = QrCode::encode(uri);
        QVERIFY(code.isValid());
        QVERIFY(code.size() >= 21);
        QVERIFY(code.isDark(0, 0)); // finder pattern corner
        QVERIFY(!code.toText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "test_totp.moc"
