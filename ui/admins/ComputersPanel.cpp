#include "ComputersPanel.h"

#include "ComputersModel.h"
#include "ConfirmIdentityDialog.h"
#include "CoreServices.h"
#include "ui_ComputersPanel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace warden {

ComputersPanel::ComputersPanel(CoreServices& core, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComputersPanel>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_model(new ComputersModel(core, m_actor, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->computersTableView->setModel(m_proxy);
    m_ui->computersTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->computersTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->computersTableView->sortByColumn(ComputersModel::IdColumn, Qt::DescendingOrder);
    m_ui->computersTableView->verticalHeader()->hide();
    m_ui->computersTableView->setWordWrap(false);
    m_ui->messageLabel->hide();
    if (!m_model->loadError().isEmpty()) {
        showMessage(m_model->loadError(), true);
    }
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ComputersPanel::approve);
    connect(m_ui->refuseButton, &QPushButton::clicked, this, &ComputersPanel::refuse);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &ComputersPanel::revoke);
    connect(m_ui->computersTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComputersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComputersPanel::updateButtons);
    updateButtons();
}

ComputersPanel::~ComputersPanel() = default;

const Computer* ComputersPanel::selected() const
{
    const QModelIndex current = m_ui->computersTableView->currentIndex();
    return current.isValid() ? m_model->computerAt(m_proxy->mapToSource(current).row()) : nullptr;
}

void ComputersPanel::updateButtons()
{
    const Computer* computer = selected();
    const auto enable = [](QPushButton* button, const Status& allowed, bool applies, const QString& notApplicable) {
        button->setEnabled(applies && allowed);
        button->setToolTip(!applies ? notApplicable : (allowed ? QString() : allowed.refusal().message));
    };
    const QString choose = tr("Select a computer or request first.");
    if (computer == nullptr) {
        for (QPushButton* button : {m_ui->approveButton, m_ui->refuseButton, m_ui->revokeButton}) {
            button->setEnabled(false);
            button->setToolTip(choose);
        }
        return;
    }
    const bool pending = computer->status == ComputerStatus::Pending;
    const QString notPending = tr("Only a request waiting for approval can be approved or refused.");
    const Status mayDecide = pending ? m_core.computers().mayDecide(m_actor, *computer) : Status {};
    enable(m_ui->approveButton, mayDecide, pending, notPending);
    enable(m_ui->refuseButton, mayDecide, pending, notPending);
    const bool approved = computer->status == ComputerStatus::Approved;
    enable(m_ui->revokeButton, approved ? m_core.computers().mayRevoke(m_actor, *computer) : Status {}, approved,
           tr("Only an approved computer can be revoked."));
}

void ComputersPanel::showMessage(const QString& text, bool problem)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: palette(highlight);") : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ComputersPanel::approve()
{
    const Computer* computer = selected();
    if (computer == nullptr) {
        return;
    }
    const Computer request = *computer;
    bool ok = false;
    const QString fingerprint = QInputDialog::getText(
        this, tr("Approve %1").arg(request.name),
        tr("Call %1 and ask them to read the fingerprint their computer shows. Type it here (digits only are "
           "compared):")
            .arg(request.owner),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || fingerprint.trimmed().isEmpty()) {
        return;
    }
    ConfirmIdentityDialog confirm(
        tr("Approving %1 for %2 seals the database key to that computer. Confirm with your password and a new "
           "one-time code.")
            .arg(request.name, request.owner),
        tr("&Approve"),
        [this, &request, &fingerprint](const QString& password, const QString& code) {
            return m_core.computers().approve(m_actor, request.id, fingerprint, password, code);
        },
        this);
    if (confirm.exec() == QDialog::Accepted) {
        showMessage(tr("%1 (%2) is approved; it takes the key up at its next start.").arg(request.name, request.owner),
                    false);
    }
}

void ComputersPanel::refuse()
{
    const Computer* computer = selected();
    if (computer == nullptr) {
        return;
    }
    const Computer request = *computer;
    if (QMessageBox::question(this, tr("Refuse Request"),
                              tr("Refuse the request of %1 from %2?").arg(request.owner, request.name))
        != QMessageBox::Yes) {
        return;
    }
    const Status done = m_core.computers().refuse(m_actor, request.id);
    showMessage(done ? tr("The request of %1 was refused.").arg(request.owner) : done.refusal().message, !done);
}

void ComputersPanel::revoke()
{
    const Computer* computer = selected();
    if (computer == nullptr) {
        return;
    }
    const Computer target = *computer;
    if (QMessageBox::warning(this, tr("Revoke Computer"),
                             tr("Revoke %1 (%2)? It can no longer open the database, and the database key is rotated "
                                "for every other computer.")
                                 .arg(target.name, target.owner.isEmpty() ? tr("no administrator yet") : target.owner),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    ConfirmIdentityDialog confirm(
        tr("Revoking %1 rotates the database key. Confirm with your password and a new one-time code.")
            .arg(target.name),
        tr("&Revoke"),
        [this, &target](const QString& password, const QString& code) {
            return m_core.computers().revoke(m_actor, target.id, password, code);
        },
        this);
    if (confirm.exec() == QDialog::Accepted) {
        showMessage(tr("%1 was revoked and the database key rotated.").arg(target.name), false);
    }
}

} // namespace warden
