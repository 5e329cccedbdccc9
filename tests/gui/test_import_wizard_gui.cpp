// Import Users wizard: preview, check with rejected rows, confirm an address change, import.
#include "CoreFixture.h"
#include "GuiTestHelpers.h"
#include "directory/ImportUsersWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

QString writeFile(const QTemporaryDir& dir, const QByteArray& text)
{
    QString path = dir.filePath(QStringLiteral("import.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace

class TestImportWizardGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewCheckConfirmAndImport()
    {
        CoreFixture f;
        User jdoe;
        jdoe.email = QStringLiteral("jdoe@acme.test");
        jdoe.upn = QStringLiteral("jdoe@corp.test");
        QVERIFY(f.core().directory().addUser(Actor::system(), f.accountId(), jdoe));
        QVERIFY(f.core().roles().addMembers(Actor::system(), f.role(QStringLiteral("Basic Administrator")).id,
                                            {jdoe.email}));
        QTemporaryDir dir;
        ImportUsersWizard wizard(f.core(), f.actor(P::Super));
        wizard.setAccountCode(QStringLiteral("ACME"));
        wizard.setFilePath(writeFile(dir,
                                     "\xEF\xBB\xBF"
                                     "emailAddress,displayName,upn,role\r\n"
                                     "nora@acme.test,\"New, Nora\",,Help Desk Administrator\r\n"
                                     "john.doe@acme.test,John Doe,jdoe@corp.test,\r\n"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* preview = child<QTableWidget>(&wizard, "importPreviewTableWidget");
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("emailAddress"));
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("New, Nora"));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportUsersWizard::CheckPage));
        QVERIFY(wizard.checkReport().has_value());
        auto* changes = child<QTreeWidget>(&wizard, "addressChangesTreeWidget");
        QCOMPARE(changes->topLevelItemCount(), 1);
        QVERIFY(changes->topLevelItem(0)->text(3).contains(QLatin1String("Basic Administrator (ACME)")));
        auto* confirm = child<QCheckBox>(&wizard, "confirmAddressChangesCheckBox");
        QVERIFY(confirm->isVisible());
        QVERIFY(!next->isEnabled()); // not before the loss of a role is confirmed
        QVERIFY(f.core().directory().find(Actor::system(), jdoe.email)); // checking changed nothing
        confirm->setChecked(true);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportUsersWizard::ImportPage));
        QVERIFY(wizard.importReport().has_value() && wizard.importReport()->applied);
        QVERIFY(child<QLabel>(&wizard, "importSummaryLabel")->text().startsWith(QLatin1String("Imported 2 rows")));
        QVERIFY(f.core().directory().find(Actor::system(), QStringLiteral("nora@acme.test")));
        QVERIFY(!f.core().directory().find(Actor::system(), jdoe.email));
    }

    void rejectedRowsBlockTheImport()
    {
        CoreFixture f;
        QTemporaryDir dir;
        const qint64 before = f.core().directory().count(Actor::system(), f.accountId()).value();
        ImportUsersWizard wizard(f.core(), f.actor(P::Super));
        wizard.setAccountCode(QStringLiteral("ACME"));
        wizard.setFilePath(
            writeFile(dir, "emailAddress\nfine@acme.test\nfine@acme.test\nnot-an-address\nout@elsewhere.test\n"));
        wizard.show();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        auto* errors = child<QTreeWidget>(&wizard, "rowErrorsTreeWidget");
        QCOMPARE(errors->topLevelItemCount(), 3);
        QCOMPARE(errors->topLevelItem(0)->text(0), QStringLiteral("3"));
        QVERIFY(errors->topLevelItem(0)->text(1).contains(QLatin1String("line 2")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(&wizard, "checkSummaryLabel")->text().contains(QLatin1String("rejected")));
        QCOMPARE(f.core().directory().count(Actor::system(), f.accountId()).value(), before);
    }

    void aMalformedFileIsExplainedOnTheFirstPage()
    {
        CoreFixture f;
        QTemporaryDir dir;
        ImportUsersWizard wizard(f.core(), f.actor(P::Super));
        wizard.setFilePath(writeFile(dir, "emailAddress,displayName\na@acme.test,\"never closed\n"));
        wizard.show();
        QVERIFY(child<QLabel>(&wizard, "importFileProblemLabel")->text().contains(QLatin1String("Line 2")));
        wizard.setFilePath(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(&wizard, "importFileProblemLabel")->text().contains(QLatin1String("Cannot read")));
    }
};

QTEST_MAIN(TestImportWizardGui)
#include "test_import_wizard_gui.moc"
