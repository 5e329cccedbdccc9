#include "PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace warden {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageComboBox->addItem(tr("System default"), QString());
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageComboBox->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(savedLanguage())));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void PreferencesDialog::save()
{
    QSettings().setValue(kLanguageKey, m_ui->languageComboBox->currentData().toString());
    accept();
}

void PreferencesDialog::installTranslations()
{
    const QString saved = savedLanguage();
    const QLocale locale = saved.isEmpty() ? QLocale::system() : QLocale(saved);
    auto* qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    // English is a translation too: it holds the plural forms ("1 user", "3 users").
    auto* warden = new QTranslator(qApp);
    if (warden->load(locale, QStringLiteral("warden"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || warden->load(QStringLiteral(":/i18n/warden_en.qm"))) {
        QApplication::installTranslator(warden);
    }
}

} // namespace warden
