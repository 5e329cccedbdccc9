// Account → Directory Synchronization… as an administrator uses it, against a real slapd:
// filling the form with the keyboard, Test Connection, Sync All with its progress, the address
// change confirmation, and the read-only view of someone who may only look.
#include "CoreFixture.h"
#include "GuiTestHelpers.h"
#include "MessageBoxes.h"
#include "PrivateSlapd.h"
#include "sync/DirectorySyncDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace warden;
using namespace warden::test;

namespace {

QString people(int count)
{
    QString ldif;
    for (int i = 0; i < count; ++i) {
        ldif += PrivateSlapd::person(QStringLiteral("g%1").arg(i), QStringLiteral("g%1@acme.test").arg(i),
                                     QStringLiteral("Guest %1").arg(i));
    }
    return ldif;
}

qint64 syncedUsers(CoreFixture& f)
{
    QSqlQuery q(f.core().database().connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM users WHERE source = 'sync'")) && q.next()
        ? q.value(0).toLongLong()
        : -1;
}

Account acme(CoreFixture& f)
{
    return f.core().accounts().find(Actor::system(), QStringLiteral("ACME")).value();
}

} // namespace

class TestDirectorySyncGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBoxes::setAutoAnswer(false); }
    void configureWithTheKeyboardTestAndSyncAll();
    void addressChangeIsConfirmedFirst();
    void helpDeskSeesButCannotChangeOrRun();
};

void TestDirectorySyncGui::configureWithTheKeyboardTestAndSyncAll()
{
    PrivateSlapd slapd(people(30));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    DirectorySyncDialog dialog(f.core(), f.actor(CoreFixture::Persona::Super), acme(f));
    QVERIFY(showActive(&dialog));
    auto* syncAll = child<QPushButton>(&dialog, "syncAllButton");
    auto* save = child<QPushButton>(&dialog, "saveButton");

    // Server kind first: choosing OpenLDAP fills the filter and the mapping.
    auto* kind = child<QComboBox>(&dialog, "presetComboBox");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QTRY_COMPARE(child<QLineEdit>(&dialog, "filterLineEdit")->text(), DirectoryConnector::openLdapFilter());
    QCOMPARE(child<QLineEdit>(&dialog, "mapUpnLineEdit")->text(), QStringLiteral("uid"));
    // Then the fields, each reached with Tab.
    const std::pair<const char*, QString> fields[] = {
        {"serverLineEdit", slapd.ldapsUrl()},
        {"caFileLineEdit", slapd.caFile()},
        {"bindDnLineEdit", QString::fromLatin1(PrivateSlapd::kSyncDn)},
        {"passwordLineEdit", QString::fromLatin1(PrivateSlapd::kSyncPassword)},
        {"baseDnLineEdit", QString::fromLatin1(PrivateSlapd::kBase)},
    };
    for (const auto& [name, text] : fields) {
        QVERIFY2(tabTo(child<QLineEdit>(&dialog, name)), name);
        type(text);
    }
    QVERIFY(save->isEnabled());

    // Test Connection says what it found, in a message box.
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(MessageBoxes::lastText().contains(QLatin1String("Connected")));
    QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("25")), qPrintable(MessageBoxes::lastText()));

    // Sync All (its mnemonic) saves, reads and applies.
    QVERIFY(syncAll->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Y, Qt::AltModifier);
    QTRY_COMPARE(syncedUsers(f), 30);
    auto* results = child<QTreeWidget>(&dialog, "resultTreeWidget");
    QVERIFY(results->topLevelItemCount() >= 1);
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Applied"));
    QVERIFY2(results->topLevelItem(0)->text(1).contains(QLatin1String("30 new")),
             qPrintable(results->topLevelItem(0)->text(1)));
    QVERIFY(!save->isEnabled()); // saved
    QVERIFY(child<QLineEdit>(&dialog, "passwordLineEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, "passwordLineEdit")->placeholderText().contains(QLatin1String("keychain")));
    auto* status = child<QLabel>(&dialog, "statusLabel");
    QVERIFY2(status->text().contains(QLatin1String("30 new")), qPrintable(status->text()));
    QVERIFY(!child<QProgressBar>(&dialog, "progressBar")->isVisible());

    // Someone leaves the directory: an incremental run does not see it, a whole-directory run
    // (Alt+H) disables them.
    QVERIFY(slapd.modify(
        QStringLiteral("dn: uid=g0,%1\nchangetype: delete\n\n").arg(QString::fromLatin1(PrivateSlapd::kPeople))));
    QCOMPARE(QApplication::focusWidget(), syncAll); // back where it was before the run
    QVERIFY(tabTo(child<QCheckBox>(&dialog, "fullRunCheckBox")));
    press(Qt::Key_Space);
    QVERIFY(child<QCheckBox>(&dialog, "fullRunCheckBox")->isChecked());
    QTest::mouseClick(syncAll, Qt::LeftButton);
    QTRY_VERIFY(!results->findItems(QStringLiteral("g0@acme.test"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
    QVERIFY(f.core().directory().find(Actor::system(), QStringLiteral("g0@acme.test")).value().disabled);

    // A bad bind password is said plainly, and nothing else changes.
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QVERIFY(tabTo(child<QLineEdit>(&dialog, "passwordLineEdit")));
    type(QStringLiteral("wrong"));
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QTRY_VERIFY(MessageBoxes::lastText().contains(QLatin1String("refused the bind")));
}

void TestDirectorySyncGui::addressChangeIsConfirmedFirst()
{
    PrivateSlapd slapd(people(3));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    QVERIFY(f.core().sync().configure(Actor::system(), slapd.connector(f.accountId()),
                                      QByteArray(PrivateSlapd::kSyncPassword)));
    QVERIFY(f.core().sync().run(Actor::system(), f.accountId(), {}));
    const Role helpDesk = f.role(QStringLiteral("Help Desk Administrator"));
    QVERIFY(f.core().roles().addMembers(Actor::system(), helpDesk.id, {QStringLiteral("g1@acme.test")}));
    QTest::qWait(1100);
    QVERIFY(slapd.modify(QStringLiteral("dn: uid=g1,%1\nchangetype: modify\nreplace: mail\nmail: g1.new@acme.test\n\n")
                             .arg(QString::fromLatin1(PrivateSlapd::kPeople))));

    DirectorySyncDialog dialog(f.core(), f.actor(CoreFixture::Persona::Super), acme(f));
    QVERIFY(showActive(&dialog));
    // Declined: nothing changes, and the tree lists the change with the role it would remove.
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(&dialog, "syncAllButton"), Qt::LeftButton);
    QTRY_VERIFY(MessageBoxes::lastText().contains(QLatin1String("Help Desk Administrator (ACME)")));
    auto* results = child<QTreeWidget>(&dialog, "resultTreeWidget");
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Not applied"));
    const QList<QTreeWidgetItem*> changes =
        results->findItems(QStringLiteral("g1@acme.test → g1.new@acme.test"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.first()->text(1).contains(QLatin1String("Help Desk Administrator")));
    QVERIFY(f.core().directory().find(Actor::system(), QStringLiteral("g1@acme.test")));
    // Accepted: applied.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "syncAllButton"), Qt::LeftButton);
    QTRY_VERIFY(f.core().directory().find(Actor::system(), QStringLiteral("g1.new@acme.test")).ok());
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Applied"));
}

void TestDirectorySyncGui::helpDeskSeesButCannotChangeOrRun()
{
    PrivateSlapd slapd(people(1));
    QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
    CoreFixture f;
    QVERIFY(f.core().sync().configure(Actor::system(), slapd.connector(f.accountId()),
                                      QByteArray(PrivateSlapd::kSyncPassword)));
    DirectorySyncDialog dialog(f.core(), f.actor(CoreFixture::Persona::HelpDesk), acme(f));
    QVERIFY(showActive(&dialog));
    QCOMPARE(child<QLineEdit>(&dialog, "serverLineEdit")->text(), slapd.url());
    QVERIFY(child<QLineEdit>(&dialog, "serverLineEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isVisible());
    auto* syncAll = child<QPushButton>(&dialog, "syncAllButton");
    QVERIFY(!syncAll->isEnabled());
    QVERIFY2(syncAll->toolTip().contains(QLatin1String("Help Desk")), qPrintable(syncAll->toolTip()));
    QVERIFY(!child<QPushButton>(&dialog, "testButton")->isEnabled());
}

QTEST_MAIN(TestDirectorySyncGui)
#include "test_directory_sync_gui.moc"
