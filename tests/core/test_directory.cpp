// The internal directory: validation, all-or-nothing batches and prefix search.
#include "CoreFixture.h"

#include <QTest>
#include <algorithm>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("no at") << QStringLiteral("plainaddress");
        QTest::newRow("two ats") << QStringLiteral("a@b@acme.test");
        QTest::newRow("space") << QStringLiteral("john smith@acme.test");
        QTest::newRow("no domain dot") << QStringLiteral("john@acme");
        QTest::newRow("leading dot") << QStringLiteral(".john@acme.test");
        QTest::newRow("double dot") << QStringLiteral("jo..hn@acme.test");
        QTest::newRow("sql") << QStringLiteral("x'; DROP TABLE users;--@acme.test");
        QTest::newRow("empty") << QString();
        QTest::newRow("outside the account's domains") << QStringLiteral("john@elsewhere.test");
    }

    void malformedAddressesAreRefused()
    {
        QFETCH(QString, email);
        CoreFixture f;
        User user;
        user.email = email;
        const qint64 before = f.core().directory().count(Actor::system(), f.accountId()).value();
        auto added = f.core().directory().addUser(f.actor(P::Basic), f.accountId(), user);
        QVERIFY(!added);
        QCOMPARE(added.refusal().kind, Refusal::Kind::BadInput);
        QVERIFY(!added.refusal().message.isEmpty());
        QCOMPARE(f.core().directory().count(Actor::system(), f.accountId()).value(), before);
    }

    void batchesAreAllOrNothing()
    {
        CoreFixture f;
        QList<User> users;
        for (const QString& email :
             {QStringLiteral("a@acme.test"), QStringLiteral("b@acme.test"), QStringLiteral("A@ACME.TEST"),
              QStringLiteral("user01@acme.test"), QStringLiteral("bad address@acme.test")}) {
            User user;
            user.email = email;
            users.append(user);
        }
        const qint64 before = f.core().directory().count(Actor::system(), f.accountId()).value();
        auto added = f.core().directory().addUsers(f.actor(P::Basic), f.accountId(), users);
        QVERIFY(!added);
        const QString message = added.refusal().message;
        QVERIFY2(message.contains(QLatin1String("appears more than once")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("user01@acme.test is already in the directory")));
        QVERIFY(message.contains(QLatin1String("not a valid email address")));
        QCOMPARE(f.core().directory().count(Actor::system(), f.accountId()).value(), before);
        users = users.mid(0, 2);
        auto ok = f.core().directory().addUsers(f.actor(P::Basic), f.accountId(), users);
        QVERIFY(ok);
        QCOMPARE(ok.value(), 2);
        QCOMPARE(f.core().directory().count(Actor::system(), f.accountId()).value(), before + 2);
    }

    void addressesAreUniqueAcrossAccounts()
    {
        CoreFixture f;
        auto other = f.core().accounts().create(Actor::system(), QStringLiteral("OTHER"), QStringLiteral("Other"),
                                                AccountKind::Standard);
        QVERIFY(other);
        auto domain = f.core().accounts().addDomain(Actor::system(), other.value().id, QStringLiteral("acme.test"));
        QVERIFY(!domain);
        QCOMPARE(domain.refusal().kind, Refusal::Kind::Conflict);
    }

    void prefixSearchByAddressAndName()
    {
        CoreFixture f;
        QList<User> users;
        const QStringList names = {QStringLiteral("Zoë Ångström"), QStringLiteral("Zoltan Kodaly"),
                                   QStringLiteral("Anna Zorn"), QStringLiteral("Bob O'Neil"),
                                   QStringLiteral("Dana Webb Carter")};
        const QStringList emails = {QStringLiteral("zoe.angstrom@acme.test"), QStringLiteral("zkodaly@acme.test"),
                                    QStringLiteral("anna@acme.test"), QStringLiteral("bob.oneil@acme.test"),
                                    QStringLiteral("dana.smith@acme.test")};
        for (qsizetype i = 0; i < names.size(); ++i) {
            User user;
            user.email = emails.at(i);
            user.displayName = names.at(i);
            users.append(user);
        }
        QVERIFY(f.core().directory().addUsers(Actor::system(), f.accountId(), users));
        auto emailsFor = [&f](const QString& text) {
            QStringList found;
            auto page = f.core().directory().search(f.actor(P::HelpDesk), f.accountId(), text);
            if (!page) {
                qWarning("%s", qPrintable(page.refusal().message));
                return QStringList {QStringLiteral("<refused>")};
            }
            for (const User& user : page.value().users) {
                found.append(user.email);
            }
            found.sort();
            return found;
        };
        const QStringList zo = emailsFor(QStringLiteral("zo"));
        QVERIFY(zo.contains(QStringLiteral("zoe.angstrom@acme.test"))); // address and first name
        QVERIFY(zo.contains(QStringLiteral("zkodaly@acme.test"))); // first name only
        QVERIFY(zo.contains(QStringLiteral("anna@acme.test"))); // last name
        QVERIFY(!zo.contains(QStringLiteral("bob.oneil@acme.test")));
        QCOMPARE(emailsFor(QStringLiteral("ZKOD")), QStringList {QStringLiteral("zkodaly@acme.test")});
        QCOMPARE(emailsFor(QStringLiteral("bob.on")), QStringList {QStringLiteral("bob.oneil@acme.test")});
        QVERIFY(emailsFor(QStringLiteral("nomatch")).isEmpty());
        // The same on both backends: a prefix of the address or of a run of name words, never a
        // word inside the address.
        const QStringList dana {QStringLiteral("dana.smith@acme.test")};
        QVERIFY(emailsFor(QStringLiteral("smith")).isEmpty());
        QVERIFY(emailsFor(QStringLiteral("acme")).isEmpty());
        QCOMPARE(emailsFor(QStringLiteral("dana.sm")), dana);
        QCOMPARE(emailsFor(QStringLiteral("web")), dana);
        QCOMPARE(emailsFor(QStringLiteral("webb car")), dana);
        QCOMPARE(emailsFor(QStringLiteral("  Webb   CAR ")), dana);
        QVERIFY(emailsFor(QStringLiteral("carter dana")).isEmpty());
        // Search operators and SQL are plain text.
        for (const QString& text : {QStringLiteral("\"*"), QStringLiteral("zo OR NEAR("), QStringLiteral("'; --"),
                                    QStringLiteral("%"), QStringLiteral("_")}) {
            const QStringList found = emailsFor(text);
            QVERIFY2(!found.contains(QStringLiteral("<refused>")), qPrintable(text));
            QVERIFY2(found.size() <= 1, qPrintable(text));
        }
    }

    void searchPagesByKeyset()
    {
        CoreFixture f;
        QSet<qint64> seen;
        qint64 after = 0;
        int pages = 0;
        for (;;) {
            auto page = f.core().directory().search(f.actor(P::Basic), f.accountId(), QStringLiteral("user"), after, 8);
            QVERIFY(page);
            for (const User& user : page.value().users) {
                QVERIFY(!seen.contains(user.id));
                seen.insert(user.id);
            }
            ++pages;
            if (!page.value().hasMore) {
                break;
            }
            after = page.value().nextAfterId;
        }
        QCOMPARE(seen.size(), CoreFixture::kPlainUsers);
        QCOMPARE(pages, 4);
    }

    void aPrimaryAddressChangeRemovesRolesOnlyWhenConfirmed()
    {
        CoreFixture f;
        const Actor super = f.actor(P::Super);
        const QString oldEmail = CoreFixture::plainUser(4);
        const Role gateway = f.role(QStringLiteral("Gateway Administrator"));
        QVERIFY(f.core().roles().addMembers(super, gateway.id, {oldEmail}));

        // A UPN change alone keeps everything.
        QVERIFY(f.core().directory().setUpn(super, oldEmail, QStringLiteral("u4@corp.test")));
        QCOMPARE(f.core().roles().rolesOfUser(Actor::system(), oldEmail).value().size(), 1);
        // So does a change of letter case.
        auto recased = f.core().directory().changePrimaryAddress(super, oldEmail, oldEmail.toUpper(), false);
        QVERIFY2(recased, recased ? "" : qPrintable(recased.refusal().message));
        QVERIFY(recased.value().isEmpty());
        QCOMPARE(f.core().roles().rolesOfUser(Actor::system(), oldEmail).value().size(), 1);

        const QString newEmail = QStringLiteral("renamed.user@acme.test");
        auto losses = f.core().directory().addressChangeLosses(super, oldEmail, newEmail);
        QVERIFY(losses);
        QCOMPARE(losses.value(), QStringList {QStringLiteral("Gateway Administrator (ACME)")});
        auto unconfirmed = f.core().directory().changePrimaryAddress(super, oldEmail, newEmail, false);
        QVERIFY(!unconfirmed);
        QCOMPARE(unconfirmed.refusal().kind, Refusal::Kind::Conflict);
        QVERIFY(unconfirmed.refusal().message.contains(QLatin1String("Gateway Administrator (ACME)")));
        QVERIFY(f.core().directory().find(Actor::system(), oldEmail)); // unchanged

        auto changed = f.core().directory().changePrimaryAddress(super, oldEmail, newEmail, true);
        QVERIFY2(changed, changed ? "" : qPrintable(changed.refusal().message));
        QVERIFY(!f.core().directory().find(Actor::system(), oldEmail));
        QCOMPARE(f.core().directory().find(Actor::system(), newEmail).value().upn, QStringLiteral("u4@corp.test"));
        QVERIFY(f.core().roles().rolesOfUser(Actor::system(), newEmail).value().isEmpty());
        AuditFilter filter;
        filter.action = QStringLiteral("user.address_change");
        const QList<AuditEntry> entries = f.core().audit().list(Actor::system(), filter).value();
        QCOMPARE(entries.size(), 2); // the case change and the real one
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const AuditEntry& entry) {
            return entry.before.contains(QLatin1String("Gateway Administrator (ACME)"));
        }));
    }

    void badPrimaryAddressChangesAreRefused()
    {
        CoreFixture f;
        const Actor super = f.actor(P::Super);
        auto taken = f.core().directory().changePrimaryAddress(super, CoreFixture::plainUser(1),
                                                               CoreFixture::plainUser(2), true);
        QCOMPARE(taken.refusal().kind, Refusal::Kind::Conflict);
        auto outside = f.core().directory().changePrimaryAddress(super, CoreFixture::plainUser(1),
                                                                 QStringLiteral("x@elsewhere.test"), true);
        QCOMPARE(outside.refusal().kind, Refusal::Kind::BadInput);
        auto helpDesk = f.core().directory().changePrimaryAddress(f.actor(P::HelpDesk), CoreFixture::plainUser(1),
                                                                  QStringLiteral("y@acme.test"), true);
        QCOMPARE(helpDesk.refusal().kind, Refusal::Kind::Denied);
        // A protected role is not removed as a side effect: that takes a change request.
        auto superRole = f.core().directory().changePrimaryAddress(super, CoreFixture::email(P::SecondSuper),
                                                                   QStringLiteral("boss2@acme.test"), true);
        QVERIFY(!superRole);
        QCOMPARE(superRole.refusal().kind, Refusal::Kind::NeedsChangeRequest);
        QVERIFY(f.core().directory().find(Actor::system(), CoreFixture::email(P::SecondSuper)));
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "test_directory.moc"
