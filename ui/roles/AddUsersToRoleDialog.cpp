#include "AddUsersToRoleDialog.h"

#include "CoreServices.h"
#include "DirectorySearchModel.h"
#include "ui_AddUsersToRoleDialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QProgressDialog>
#include <QPushButton>

namespace warden {

AddUsersToRoleDialog::AddUsersToRoleDialog(CoreServices& core, Actor actor, Role role, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddUsersToRoleDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_role(std::move(role))
    , m_model(new DirectorySearchModel(core, m_actor, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add User to Role — %1").arg(m_role.name));
    m_ui->headerLabel->setText(
        tr("Pick people from the internal directory to add to <b>%1</b>. Only addresses in the directory can be added; "
           "current members are shown greyed out.")
            .arg(m_role.name.toHtmlEscaped()));
    m_ui->resultsTableView->setModel(m_model);
    m_ui->resultsTableView->horizontalHeader()->setSectionResizeMode(DirectorySearchModel::NameColumn,
                                                                     QHeaderView::Stretch);
    m_ui->resultsTableView->horizontalHeader()->setSectionResizeMode(DirectorySearchModel::EmailColumn,
                                                                     QHeaderView::Stretch);
    m_ui->resultsTableView->horizontalHeader()->setSectionResizeMode(DirectorySearchModel::StatusColumn,
                                                                     QHeaderView::ResizeToContents);
    m_ui->resultsTableView->setWordWrap(false);
    m_ui->resultsTableView->verticalHeader()->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add &Selected Users"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addSelectedPushButton"));
    m_ui->errorLabel->hide();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &AddUsersToRoleDialog::runSearch);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    m_ui->searchLineEdit->installEventFilter(this);
    connect(m_model, &DirectorySearchModel::checkedCountChanged, this, &AddUsersToRoleDialog::updateSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateSelection(m_model->checkedCount()); });
    connect(m_ui->selectAllCheckBox, &QCheckBox::clicked, this,
            [this](bool checked) { m_model->setAllLoadedChecked(checked); });
    // Space (the view's own) or a double-click ticks or unticks a row. Return never does: it
    // submits exactly the ticked set through the default button, or does nothing.
    connect(m_ui->resultsTableView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex box = index.siblingAtColumn(DirectorySearchModel::NameColumn);
        const bool checked = box.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_model->setData(box, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddUsersToRoleDialog::addSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    runSearch();
    updateSelection(0);
    m_ui->searchLineEdit->setFocus();
}

AddUsersToRoleDialog::~AddUsersToRoleDialog() = default;

bool AddUsersToRoleDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // Return while a search is still pending runs it (and submits nothing); with the results
        // up to date it falls through to the default button.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_debounce.isActive()) {
            m_debounce.stop();
            runSearch();
            return true;
        }
        // Down moves into the results, on the first row.
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            if (m_debounce.isActive()) {
                m_debounce.stop();
                runSearch();
            }
            m_ui->resultsTableView->setFocus(Qt::TabFocusReason);
            if (!m_ui->resultsTableView->currentIndex().isValid()) {
                m_ui->resultsTableView->setCurrentIndex(m_model->index(0, DirectorySearchModel::NameColumn));
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddUsersToRoleDialog::runSearch()
{
    m_model->search(m_role.accountId, m_role.id, m_ui->searchLineEdit->text());
    m_ui->selectAllCheckBox->setChecked(false);
    m_ui->errorLabel->setVisible(!m_model->lastError().isEmpty());
    m_ui->errorLabel->setText(m_model->lastError());
    updateSelection(m_model->checkedCount());
}

void AddUsersToRoleDialog::updateSelection(int count)
{
    m_ui->selectedCountLabel->setText(tr("%n user(s) selected", nullptr, count));
    m_ui->selectAllHintLabel->setText(
        m_model->canFetchMore({})
            ? tr("(applies to the %n users shown; scroll to load more)", nullptr, m_model->rowCount())
            : tr("(applies to the %n users shown)", nullptr, m_model->rowCount()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

void AddUsersToRoleDialog::addSelected()
{
    const QStringList emails = m_model->checkedEmails();
    QProgressDialog progress(tr("Adding %n user(s) to %1…", nullptr, int(emails.size())).arg(m_role.name), tr("Cancel"),
                             0, int(emails.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto result = m_core.roles().addMembers(m_actor, m_role.id, emails, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!result) {
        m_ui->errorLabel->setText(result.refusal().message);
        m_ui->errorLabel->show();
        return;
    }
    m_change = result.value();
    accept();
}

} // namespace warden
