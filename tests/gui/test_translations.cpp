// The shipped translations load and translate, plurals included, in every language; Qt's own
// strings (standard buttons, shortcut names) come from Qt's translations in German and French.
#include "PreferencesDialog.h"
#include "domain/BuiltInRoles.h"
#include "domain/Role.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QKeySequence>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

    static QString qm(const char* language)
    {
        return QDir(qEnvironmentVariable("WARDEN_QM_DIR"))
            .filePath(QStringLiteral("warden_%1.qm").arg(QLatin1String(language)));
    }

private Q_SLOTS:
    void translate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("addUser");
        QTest::addColumn<QString>("threeMembers");
        QTest::addColumn<QString>("oneMember");
        QTest::addColumn<QString>("syncEngineDescription");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Add User to Role…")
                            << QStringLiteral("3 members") << QStringLiteral("1 member")
                            << QStringLiteral("Manages Synchronization Engine sites.");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Benutzer zur Rolle &hinzufügen…")
                            << QStringLiteral("3 Mitglieder") << QStringLiteral("1 Mitglied")
                            << QStringLiteral("Verwaltet die Standorte der Synchronization Engine.");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Ajouter un utilisateur au rôle…")
                            << QStringLiteral("3 membres") << QStringLiteral("1 membre")
                            << QStringLiteral("Gère les sites du Synchronization Engine.");
    }

    void translate()
    {
        QFETCH(QString, language);
        QFETCH(QString, addUser);
        QFETCH(QString, threeMembers);
        QFETCH(QString, oneMember);
        QFETCH(QString, syncEngineDescription);
        QTranslator translator;
        QVERIFY2(translator.load(qm(qPrintable(language))), qPrintable(qm(qPrintable(language))));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(QCoreApplication::translate("warden::ConsoleActions", "&Add User to Role…"), addUser);
        QCOMPARE(QCoreApplication::translate("warden::RoleDetailsWidget", "%n member(s)", nullptr, 3), threeMembers);
        QCOMPARE(QCoreApplication::translate("warden::RoleDetailsWidget", "%n member(s)", nullptr, 1), oneMember);
        // A built-in role's stored (English) description is shown translated; an edited one as written.
        warden::Role role;
        role.builtInKey = warden::BuiltInRoles::kSyncEngineAdministrator;
        role.description = warden::BuiltInRoles::find(role.builtInKey)->description;
        QCOMPARE(warden::BuiltInRoles::displayDescription(role), syncEngineDescription);
        role.description = QStringLiteral("Our own words.");
        QCOMPARE(warden::BuiltInRoles::displayDescription(role), QStringLiteral("Our own words."));
        QVERIFY(QCoreApplication::removeTranslator(&translator));
    }

    void qtsOwnStringsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("shortcut");
        QTest::addColumn<QString>("deleteKey");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen") << QStringLiteral("Strg+Umschalt+M")
                            << QStringLiteral("Entf");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler") << QStringLiteral("Ctrl+Maj+M")
                            << QStringLiteral("Suppr");
    }

    void qtsOwnStringsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QFETCH(QString, shortcut);
        QFETCH(QString, deleteKey);
        QCoreApplication::setOrganizationName(QStringLiteral("warden-test-translations"));
        QSettings().setValue(QStringLiteral("ui/language"), language);
        // As the console does at start: Qt's translation, then Warden's.
        warden::PreferencesDialog::installTranslations();
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M).toString(QKeySequence::NativeText), shortcut);
        QCOMPARE(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText), deleteKey);
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QSettings().clear();
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
