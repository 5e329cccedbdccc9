#include "security/PasswordHasher.h"

#include <QTest>

using namespace warden;

class TestPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesAreArgon2idAndSalted()
    {
        const QString password = QStringLiteral("correct horse battery");
        const auto first = PasswordHasher::hash(password);
        const auto second = PasswordHasher::hash(password);
        QVERIFY(first && second);
        QVERIFY(first.value().startsWith(QLatin1String("$argon2id$")));
        QVERIFY(first.value() != second.value());
        QVERIFY(!first.value().contains(password));
        QVERIFY(PasswordHasher::verify(first.value(), password));
        QVERIFY(!PasswordHasher::verify(first.value(), QStringLiteral("correct horse batterY")));
        QVERIFY(!PasswordHasher::verify(QString(), password));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("garbage"), password));
    }

    void unicodePasswords()
    {
        const QString password = QStringLiteral("Pässwörd-日本語-🔑-'; DROP TABLE users;--");
        const auto hash = PasswordHasher::hash(password);
        QVERIFY(hash);
        QVERIFY(PasswordHasher::verify(hash.value(), password));
    }

    void policy()
    {
        QVERIFY(!PasswordHasher::policyProblem(QStringLiteral("short")).isEmpty());
        QVERIFY(!PasswordHasher::policyProblem(QStringLiteral("            ")).isEmpty());
        QVERIFY(PasswordHasher::policyProblem(QStringLiteral("long enough pass")).isEmpty());
        const QString temporary = PasswordHasher::generateTemporary();
        QCOMPARE(temporary.size(), 20);
        QVERIFY(PasswordHasher::policyProblem(temporary).isEmpty());
        QVERIFY(temporary != PasswordHasher::generateTemporary());
    }
};

QTEST_GUILESS_MAIN(TestPassword)
#include "test_password.moc"
