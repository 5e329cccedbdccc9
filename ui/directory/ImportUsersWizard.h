#pragma once

#include "authorization/Actor.h"
#include "services/ImportService.h"

#include <QWizard>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace warden {

class CoreServices;

/// Import Users (DOMAIN.md "Directory"): choose a CSV file and the account (a preview of its
/// first rows shows what was read), check it (every rejected row with its line number, and
/// every address change with the admin roles it would remove, to confirm), then import with
/// a progress bar. Checking and importing stream the file; Cancel at any point leaves the
/// database unchanged. Built in code: its pages change with the file rather than with a form.
class ImportUsersWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ChoosePage, CheckPage, ImportPage };
    static constexpr int kPreviewRows = 10;

    ImportUsersWizard(CoreServices& core, Actor actor, QWidget* parent = nullptr);

    void setFilePath(const QString& path);
    void setAccountCode(const QString& code);
    [[nodiscard]] const std::optional<ImportReport>& checkReport() const { return m_checkReport; }
    [[nodiscard]] const std::optional<ImportReport>& importReport() const { return m_importReport; }

private:
    class ChooseFilePage;
    class CheckFilePage;
    class RunImportPage;

    /// Runs the import over the chosen file; the progress bar and Cancel button follow it.
    Result<ImportReport> run(bool dryRun, bool confirm, QProgressBar* bar, QPushButton* cancel);

    CoreServices& m_core;
    Actor m_actor;
    ChooseFilePage* m_choose;
    CheckFilePage* m_check;
    std::optional<ImportReport> m_checkReport;
    std::optional<ImportReport> m_importReport;
    bool m_cancelRequested = false;
};

} // namespace warden
