#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace warden {

/// User preferences kept in QSettings; for now the interface language (system default,
/// English, German or French), applied at the next start by `installTranslations()`.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    /// The saved language code ("" for the system's), and loading of the matching translations.
    static QString savedLanguage();
    static void installTranslations();

private:
    void save();

    const std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace warden
