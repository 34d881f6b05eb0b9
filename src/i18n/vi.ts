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
  'footer.staff': 'Dành cho cán bộ, tổ trưởng',
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
  'nav.groups': 'Tổ dân phố',
  'nav.print': 'In ấn',
  'nav.bulletins': 'Bản tin',
  'groups.title': 'Tổ dân phố',
  'groups.intro':
    'Mỗi tổ dân phố có một trang riêng và một áp phích có mã QR dán tại nhà văn hóa. Chọn tổ của bạn để xem nơi được hướng dẫn và tiến độ của tổ.',
  'groups.filter.label': 'Tìm tổ theo tên hoặc mã',
  'groups.filter.none': 'Không có tổ nào khớp với “{query}”.',
  'groups.count': '{count} tổ dân phố',
  'group.description':
    'Trang của {group}, {ward}: cách tham gia Cuộc thi “{name}”, nơi được hướng dẫn và tiến độ của tổ.',
  'group.leader': 'Tổ trưởng: {name}',
  'group.call': 'Gọi tổ trưởng: {number}',
  'group.where': 'Nơi hướng dẫn: {place}',
  'group.when': 'Thời gian: {hours}',
  'group.help.title': 'Hỗ trợ tại tổ',
  'group.help.none':
    'Tổ chưa thông báo nơi hướng dẫn. Bà con hỏi tổ trưởng hoặc gọi đường dây hỗ trợ bên dưới.',
  'group.deadline': 'Hạn cuối: hết ngày {closes}.',
  'group.qr.title': 'Mã QR của trang này',
  'group.qr.body':
    'Đây là mã in trên áp phích của tổ. Khi quét, điện thoại phải mở đúng địa chỉ dưới đây.',
  'group.poster': 'Áp phích của tổ để in (A4, A3)',
  'group.backToList': 'Tất cả tổ dân phố',
  'qr.label': 'Mã QR mở trang {url}',
  'qr.zaloLabel': 'Mã QR mở nhóm Zalo {url}',
  'qr.safety':
    'Cuộc thi chính thức chỉ có trên nền tảng {platform}. Sau khi quét, hãy xem địa chỉ hiện ra có đúng như dòng trên không rồi mới mở.',
  'poster.contest': 'Cuộc thi',
  'poster.scan': 'Quét mã để xem hướng dẫn và tham gia',
  'poster.steps': 'Tham gia trong 3 bước',
  'poster.hotline': 'Gọi hỗ trợ',
  'poster.zalo': 'Hỏi trong nhóm Zalo',
  'poster.leader': 'Tổ trưởng {name}',
  'poster.sample': 'BẢN MẪU – KHÔNG DÁN',
  'poster.sampleUrl': 'BẢN THỬ – ĐỊA CHỈ TRANG WEB CHƯA CHÍNH THỨC',
  'leaflet.title': 'Tờ rơi A5',
  'leaflet.scan': 'Quét mã để mở trang hướng dẫn',
  'leaflet.cut': 'Cắt theo đường này',
  'banner.join': 'Tham gia trên {platform}',
  'print.title': 'In ấn',
  'print.intro':
    'Tài liệu để in và dán tại nhà văn hóa, trụ sở phường, tổ dân phố. Bấm “Tải về” để lấy tệp in; bấm vào tên để xem trước trên màn hình.',
  'print.toolbar.back': 'Về trang In ấn',
  'print.toolbar.print': 'In trang này',
  'print.toolbar.hint': 'Khi in, chọn khổ giấy {paper}, tỉ lệ 100% (không co giãn).',
  'print.section.posters': 'Áp phích của từng tổ dân phố',
  'print.section.general': 'Tờ rơi, banner và áp phích chung',
  'print.section.bulletins': 'Bản tin phát thanh',
  'print.allPosters': 'Áp phích A4 của tất cả các tổ (một tệp, mỗi tổ một trang)',
  'print.paper': 'Khổ {paper}',
  'print.pages': '{count} trang',
  'print.pixels': 'Ảnh {width} × {height} điểm ảnh',
  'print.download': 'Tải về',
  'print.preview': 'Xem trước',
  'print.previewAlt': 'Hình thu nhỏ: {title}',
  'print.kind.poster': 'Áp phích {size}',
  'print.kind.leaflet': 'Tờ rơi A5 (2 tờ trên một khổ A4 ngang, có đường cắt)',
  'print.kind.banner': 'Banner điện tử {width} × {height}',
  'print.kind.bulletin': 'Bản tin: {title}',
  'print.paper.A4': 'A4',
  'print.paper.A3': 'A3',
  'print.paper.A4 landscape': 'A4 ngang',
  'bulletins.title': 'Bản tin phát thanh',
  'bulletins.intro':
    'Bài đọc trên hệ thống loa truyền thanh của phường và tổ dân phố. Mỗi bản tin có bản in khổ A4, chữ lớn, để đọc.',
  'bulletins.readingTime': 'Thời lượng đọc: khoảng {minutes} phút',
  'bulletins.date': 'Phát ngày {date}',
  'bulletins.print': 'Bản in A4 để đọc trên loa (PDF)',
  'bulletins.kicker': 'Bản tin phát thanh',

  // Official letters and news

  // Stories ("Tôi học số – Tôi lan tỏa")
  'nav.stories': 'Câu chuyện',
  'stories.title': 'Câu chuyện “{storyName}”',
  'stories.intro':
    'Bà con trong phường kể lại mình đã học kỹ năng số thế nào và giúp người khác học ra sao. Mỗi câu chuyện được đăng khi người kể đồng ý và đã được duyệt.',
  'stories.description': 'Những câu chuyện “{storyName}” của bà con {ward}.',
  'stories.none': 'Chưa có câu chuyện nào được đăng. Hãy là người đầu tiên gửi câu chuyện của bạn.',
  'stories.count': '{count} câu chuyện',
  'stories.page': 'Trang {page}/{pages}',
  'stories.pageTitle': '{title} – trang {page}',
  'stories.pagination': 'Các trang câu chuyện',
  'stories.previous': 'Trang trước',
  'stories.next': 'Trang sau',
  'stories.filters': 'Lọc câu chuyện',
  'stories.filter.all': 'Tất cả câu chuyện',
  'stories.filter.category': 'Theo chủ đề',
  'stories.filter.group': 'Theo tổ dân phố',
  'stories.filter.count': '{name} ({count})',
  'stories.category.title': 'Câu chuyện chủ đề “{name}”',
  'stories.category.description': 'Câu chuyện “{storyName}” chủ đề {name}, {ward}.',
  'stories.group.title': 'Câu chuyện của {name}',
  'stories.group.description': 'Câu chuyện “{storyName}” của bà con {name}, {ward}.',
  'stories.anonymous': 'Người kể giấu tên',
  'stories.age': '{age} tuổi',
  'stories.by': 'Người kể: {name}',
  'stories.date': 'Gửi ngày {date}',
  'stories.read': 'Đọc câu chuyện: {title}',
  'stories.back': 'Tất cả câu chuyện',
  'stories.latest.title': 'Câu chuyện “{storyName}”',
  'stories.latest.all': 'Xem tất cả câu chuyện',
  'stories.ofGroup.title': 'Câu chuyện của bà con trong tổ',
  'stories.ofGroup.all': 'Xem tất cả câu chuyện của tổ ({count})',
  'stories.send.cta': 'Gửi câu chuyện của bạn',
  'stories.share.title': 'Chia sẻ câu chuyện này',
  'stories.share.native': 'Chia sẻ…',
  'stories.share.copy': 'Sao chép đường link',
  'stories.share.copied': 'Đã sao chép đường link.',
  'stories.share.copyFailed':
    'Không sao chép được. Hãy giữ ngón tay lên địa chỉ trang để sao chép.',
  'stories.share.zalo': 'Chia sẻ qua Zalo',
  'stories.share.facebook': 'Chia sẻ lên Facebook',
  'send.title': 'Gửi câu chuyện của bạn',
  'send.description':
    'Cách gửi câu chuyện “{storyName}” để đăng trên trang của {ward}: gửi ở đâu, kể những gì, và sự đồng ý của người kể.',
  'send.intro':
    'Bạn đã học kỹ năng số và giúp người khác cùng học? Hãy kể lại để lan tỏa đến bà con. Câu chuyện được đăng sau khi bạn đồng ý và {publisher} duyệt.',
  'send.channels.title': 'Gửi ở đâu',
  'send.channels.zalo': 'Gửi trong {label}:',
  'send.channels.zaloLink': 'mở nhóm Zalo',
  'send.channels.leader': 'Gửi cho tổ trưởng tổ dân phố nơi bạn ở.',
  'send.channels.leaders': 'Tổ trưởng các tổ dân phố',
  'send.channels.leaderOf': '{group}: {name}',
  'send.channels.center': 'Gửi cho {name}.',
  'send.channels.place': 'Nơi nhận: {place}',
  'send.channels.call': 'Gọi {number}',
  'send.channels.email': 'Thư điện tử: {email}',
  'send.include.title': 'Câu chuyện nên có',
  'send.include.name':
    'Họ và tên, và cách bạn muốn hiện tên: tên đầy đủ, chỉ tên gọi, hay giấu tên.',
  'send.include.group': 'Tổ dân phố nơi bạn ở.',
  'send.include.category': 'Câu chuyện thuộc chủ đề nào: {categories}.',
  'send.include.summary': 'Một câu tiêu đề và vài dòng tóm tắt.',
  'send.include.story':
    'Câu chuyện: bạn đã học kỹ năng số gì, ai giúp bạn hoặc bạn đã giúp ai, và điều bạn muốn nhắn nhủ.',
  'send.include.photo':
    'Một tấm ảnh nếu có, kèm một câu tả ảnh cho người không nhìn thấy. Chỉ gửi ảnh mà người trong ảnh đồng ý.',
  'send.privacy':
    'Đừng ghi số điện thoại, địa chỉ e-mail, số tài khoản hay mã OTP vào câu chuyện. Trang web không đăng câu chuyện có số điện thoại hay e-mail, trừ khi chính người kể yêu cầu.',
  'send.consent.title': 'Sự đồng ý của người kể',
  'send.consent.body':
    'Khi gửi, bạn ghi rõ câu: “Tôi đồng ý để {publisher} đăng câu chuyện này trên trang web của phường, với tên hiển thị như tôi đã chọn.” Không có câu này, câu chuyện sẽ không được đăng.',
  'send.consent.withdraw':
    'Bạn có thể xin gỡ câu chuyện bất cứ lúc nào, qua chính nơi bạn đã gửi. Câu chuyện về người khác (ví dụ người bạn đã giúp) cần cả sự đồng ý của người đó.',

  // Participation progress

  // 404
  'notFound.title': 'Không tìm thấy trang',
  'notFound.body':
    'Trang bạn mở không có hoặc đã đổi địa chỉ. Hãy kiểm tra lại đường link, hoặc về trang chủ.',
  'notFound.home': 'Về trang chủ',
} as const;

export type MessageKey = keyof typeof vi;
