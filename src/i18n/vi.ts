/**
 * Every user-facing string of the site's chrome, in one dictionary with dotted keys. Nothing here
 * is about one ward: names, dates and links come from content and are filled into {placeholders}.
 * Sections are grouped by feature; keep keys in their section.
 */
export const vi = {
  // Site shell
  'site.skipLink': 'Bỏ qua, đến nội dung chính',
  'site.menu': 'Mục lục',
  'site.nav.label': 'Các trang chính',
  'site.home': 'Trang chủ',
  'site.titleSeparator': ' – ',
  'site.sample.title': 'Bản thử nghiệm có dữ liệu mẫu',
  'site.sample.body':
    'Một số nội dung trên trang này là dữ liệu mẫu để minh họa, không phải thông tin chính thức. Các mục mẫu có nhãn “Dữ liệu mẫu”.',
  'site.sample.badge': 'Dữ liệu mẫu',
  'site.sample.url':
    'Địa chỉ trang web chưa phải địa chỉ chính thức; mã QR in từ bản này chưa dùng được.',
  'site.draft.badge': 'Bản nháp – chỉ hiện khi xem trước',
  'site.externalLink': '(mở trang ngoài)',

  // Footer
  'footer.help': 'Liên hệ hỗ trợ',
  'footer.hotline': '{label}:',
  'footer.zalo': 'Tham gia {label}',
  'footer.publishedBy': 'Trang do {publisher} thực hiện.',
  'footer.issuedBy': 'Theo văn bản của {committee}.',
  'footer.official':
    'Cuộc thi chính thức chỉ diễn ra trên nền tảng {platform}. Không bấm vào đường link lạ, không cung cấp mã OTP hay mật khẩu cho bất kỳ ai.',

  // Campaign state
  'campaign.dates': 'Từ {opens} đến hết ngày {closes} (giờ Việt Nam)',
  'campaign.state.upcoming': 'Cuộc thi sắp bắt đầu: còn {days} ngày, mở ngày {opens}.',
  'campaign.state.open': 'Cuộc thi đang diễn ra: còn {days} ngày, đến hết ngày {closes}.',
  'campaign.state.last-day': 'Hôm nay là ngày cuối cùng: cuộc thi kết thúc lúc 24 giờ đêm nay.',
  'campaign.state.closed': 'Cuộc thi đã kết thúc vào ngày {closes}.',
  'campaign.cta.join': 'Tham gia ngay',
  'campaign.cta.closed': 'Xem khóa học của cuộc thi',
  'campaign.cta.hint': 'Mở trang chính thức của cuộc thi trên nền tảng {platform}.',

  // Home page
  'home.title': 'Cuộc thi “{name}”',
  'home.about.title': 'Cuộc thi là gì?',
  'home.about.body':
    '{organizer} tổ chức Cuộc thi “{name}” trên nền tảng trực tuyến {platform}, để mọi người biết dùng công nghệ số thông minh và an toàn. Người dự thi học các chuyên đề của khóa học, trả lời {questions} câu hỏi trắc nghiệm rồi chia sẻ câu chuyện “{storyName}”.',
  'home.who.title': 'Ai được tham gia?',
  'home.steps.title': 'Ba bước tham gia',
  'home.steps.study.title': 'Học các chuyên đề',
  'home.steps.study.body': 'Mở khóa học trên {platform}, học và hoàn thành các chuyên đề.',
  'home.steps.quiz.title': 'Trả lời {questions} câu hỏi',
  'home.steps.quiz.body':
    'Làm bài thi gồm {questions} câu hỏi trắc nghiệm chọn ngẫu nhiên từ ngân hàng câu hỏi.',
  'home.steps.story.title': 'Chia sẻ câu chuyện',
  'home.steps.story.body':
    'Kể câu chuyện “{storyName}”: bạn đã học kỹ năng số thế nào và giúp người khác học ra sao.',
  'home.when.title': 'Thời gian',
  'home.targets.title': 'Mục tiêu của phường',
  'home.targets.officials': '{percent}% cán bộ, công chức, viên chức tham gia.',
  'home.targets.households': 'Mỗi tổ dân phố có ít nhất {percent}% hộ gia đình có người tham gia.',
  'home.help.title': 'Cần giúp đỡ?',
  'home.help.body':
    'Gặp khó khăn khi đăng ký hay làm bài, bà con gọi đường dây hỗ trợ hoặc hỏi trong nhóm Zalo.',
  'home.help.call': 'Gọi {number}',
  'home.help.guide': 'Hướng dẫn chi tiết (văn bản)',
  'home.help.video': 'Video hướng dẫn',

  // Guides, rules, FAQ and search

  // Residential groups, posters, print center and bulletins

  // Official letters and news

  // Stories ("Tôi học số – Tôi lan tỏa")

  // Participation progress

  // 404
  'notFound.title': 'Không tìm thấy trang',
  'notFound.body':
    'Trang bạn mở không có hoặc đã đổi địa chỉ. Hãy kiểm tra lại đường link, hoặc về trang chủ.',
  'notFound.home': 'Về trang chủ',
} as const;

export type MessageKey = keyof typeof vi;
