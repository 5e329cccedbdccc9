// The Audit Log dock read as an administrator reads it: sentences, the selected entry's changes
// field by field, a filter by the person or role affected and by kind, live, from the keyboard.
#include "AuditChangeModel.h"
#include "AuditLogModel.h"
#include "ConsoleActions.h"
#include "CoreFixture.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "audit/AuditLogWidget.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestAuditLogGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesReadAsSentencesWithTheirChangesBeside()
    {
        CoreFixture f;
        const Role gateway = f.role(QStringLiteral("Gateway Administrator"));
        QVERIFY(f.core().roles().addMembers(f.actor(P::Basic), gateway.id,
                                            {CoreFixture::plainUser(1), CoreFixture::plainUser(2)}));
        QVERIFY(f.core().directory().setDisabled(f.actor(P::Super), CoreFixture::plainUser(5), true));
        MainWindow window(f.core(), f.actor(P::Super));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.treeView(), Qt::Key_L, Qt::ControlModifier); // View > Audit Log
        AuditLogWidget* dock = window.auditLog();
        QTRY_VERIFY(dock->isVisible());
        auto* entries = child<QTableView>(dock, "entriesTableView");
        auto* sentence = child<QLabel>(dock, "entrySentenceLabel");
        auto* changes = child<QTableView>(dock, "entryChangesTableView");

        // No column shows recorded JSON.
        for (int row = 0; row < entries->model()->rowCount(); ++row) {
            for (int column = 0; column < entries->model()->columnCount(); ++column) {
                QVERIFY(!entries->model()->index(row, column).data().toString().contains(QLatin1Char('{')));
            }
        }
        QCOMPARE(entries->model()->index(0, AuditLogModel::SentenceColumn).data().toString(),
                 QStringLiteral("super@acme.test disabled %1 in ACME").arg(CoreFixture::plainUser(5)));

        // The keyboard walks the entries; the pane beside shows the one current.
        entries->setFocus();
        QTest::keyClick(entries, Qt::Key_Home);
        QTRY_VERIFY(sentence->text().startsWith(QStringLiteral("super@acme.test disabled")));
        QCOMPARE(changes->model()->rowCount(), 1);
        QCOMPARE(changes->model()->index(0, AuditChangeModel::FieldColumn).data().toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(changes->model()->index(0, AuditChangeModel::BeforeColumn).data().toString(), QStringLiteral("no"));
        QCOMPARE(changes->model()->index(0, AuditChangeModel::AfterColumn).data().toString(), QStringLiteral("yes"));
        QTest::keyClick(entries, Qt::Key_Down);
        QVERIFY2(sentence->text().startsWith(QStringLiteral("basic@acme.test added 2 people to Gateway Administrator")),
                 qPrintable(sentence->text()));
        const qint64 selectedSeq = entries->currentIndex().data(AuditLogModel::SeqRole).toLongLong();

        // Live: a change made now appears on top, and the entry being read stays selected.
        QVERIFY(f.core().roles().removeMember(f.actor(P::Basic), gateway.id, CoreFixture::plainUser(2)));
        QTRY_VERIFY(entries->model()->index(0, 0).data(AuditLogModel::ActionRole).toString()
                    == QLatin1String("role.member.remove"));
        QCOMPARE(entries->currentIndex().data(AuditLogModel::SeqRole).toLongLong(), selectedSeq);
        QVERIFY(sentence->text().startsWith(QStringLiteral("basic@acme.test added 2 people")));

        // Filter by the person affected: the add (which named them among others) and the removal.
        auto* affected = child<QLineEdit>(dock, "affectedLineEdit");
        affected->setFocus();
        QTest::keyClicks(affected, CoreFixture::plainUser(2));
        QTRY_COMPARE(entries->model()->rowCount(), 2);
        QCOMPARE(entries->model()->index(0, 0).data(AuditLogModel::ActionRole).toString(),
                 QStringLiteral("role.member.remove"));
        QCOMPARE(entries->model()->index(1, 0).data(AuditLogModel::ActionRole).toString(),
                 QStringLiteral("role.member.add"));
        // And by the role affected, narrowed to one kind of change.
        affected->clear();
        QTest::keyClicks(affected, QStringLiteral("Gateway Administrator"));
        auto* kind = child<QComboBox>(dock, "kindComboBox");
        kind->setCurrentIndex(kind->findText(QStringLiteral("Role membership")));
        QTRY_VERIFY(entries->model()->rowCount() >= 2);
        for (int row = 0; row < entries->model()->rowCount(); ++row) {
            QVERIFY(entries->model()
                        ->index(row, 0)
                        .data(AuditLogModel::ActionRole)
                        .toString()
                        .startsWith(QLatin1String("role.member.")));
            QVERIFY(entries->model()
                        ->index(row, AuditLogModel::SentenceColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("Gateway Administrator")));
        }
        affected->setText(QStringLiteral("nobody-at-all"));
        QTRY_COMPARE(entries->model()->rowCount(), 0);
        QVERIFY2(sentence->text().contains(QLatin1String("No entries match")), qPrintable(sentence->text()));
    }

    void aLogShorterThanThisComputerSawIsShownAboveEverything()
    {
        CoreFixture f;
        {
            MainWindow intact(f.core(), f.actor(P::HelpDesk));
            QVERIFY(!child<QLabel>(&intact, "auditWarningBanner")->isVisibleTo(&intact));
        }
        const Role gateway = f.role(QStringLiteral("Gateway Administrator"));
        QVERIFY(f.core().roles().addMembers(f.actor(P::Basic), gateway.id, {CoreFixture::plainUser(3)}));
        QVERIFY(f.core().roles().addMembers(f.actor(P::Basic), gateway.id, {CoreFixture::plainUser(4)}));
        const qint64 newest = f.core().audit().nextSeq().value() - 1;
        f.reopen(); // this computer saw the log up to `newest`
        QVERIFY(f.database().execRaw(QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(newest - 1)));
        f.reopen();
        MainWindow window(f.core(), f.actor(P::Super));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* banner = child<QLabel>(&window, "auditWarningBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("now ends at entry %1").arg(newest - 2)),
                 qPrintable(banner->text()));
        // Verify in the Audit Log says where, with the keyboard alone.
        QTest::keyClick(window.treeView(), Qt::Key_L, Qt::ControlModifier);
        AuditLogWidget* dock = window.auditLog();
        QTRY_VERIFY(dock->isVisible());
        auto* verify = child<QPushButton>(dock, "verifyPushButton");
        verify->setFocus();
        QTest::keyClick(verify, Qt::Key_Space);
        auto* result = child<QLabel>(dock, "verifyResultLabel");
        QTRY_VERIFY(result->isVisible());
        QVERIFY2(result->text().contains(QStringLiteral("tampered with at entry %1").arg(newest - 1)),
                 qPrintable(result->text()));
    }
};

QTEST_MAIN(TestAuditLogGui)
#include "test_audit_log_gui.moc"
