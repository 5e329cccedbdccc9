#pragma once

#include "Result.h"
#include "authorization/Actor.h"
#include "domain/Account.h"
#include "domain/Administrator.h"
#include "domain/ChangeRequest.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class AdminManagementDialog;
}

class QSortFilterProxyModel;

namespace warden {

class AdministratorsModel;
class CoreServices;

/// Admin Management of one account: every administrator with roles, sign-in method, second
/// factor, last sign-in and backup flag; Add New Admin, Edit, Reset Password, Delete, and the
/// break-glass credential of backup accounts (mark, reveal after re-authentication, rotate).
/// What the core refuses is shown with its reason; a protected role offers a change request,
/// handed to `fileChangeRequest` (the main window opens the Requests view pre-filled).
class AdminManagementDialog : public QDialog
{
    Q_OBJECT

public:
    using FileChangeRequest = std::function<void(const ChangeRequestDraft&)>;
    AdminManagementDialog(CoreServices& core, Actor actor, Account account, FileChangeRequest fileChangeRequest,
                          QWidget* parent = nullptr);
    ~AdminManagementDialog() override;

    [[nodiscard]] AdministratorsModel* model() const { return m_model; }
    void selectAdmin(const QString& email);

private:
    void addAdmin();
    void editAdmin();
    void resetPassword();
    void deleteAdmin();
    void toggleBackup();
    void revealCredential();
    void rotateCredential();
    void updateButtons();
    void showMessage(const QString& text, bool problem);
    /// Shows the refusal; for a protected role, offers the change request `draft`.
    void handleRefusal(const Refusal& refusal, const ChangeRequestDraft& draft);
    [[nodiscard]] const AdministratorSummary* current() const;

    const std::unique_ptr<Ui::AdminManagementDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    Account m_account;
    FileChangeRequest m_fileChangeRequest;
    AdministratorsModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace warden
