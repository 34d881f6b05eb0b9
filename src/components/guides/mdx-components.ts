/** The components guides and pages may use in MDX, without importing them. */
import Fact from './Fact.astro';
import Note from './Note.astro';
import PageLink from './PageLink.astro';
import SiteLink from './SiteLink.astro';
import Step from './Step.astro';
import StepByStep from './StepByStep.astro';

export const mdxComponents = { Fact, Note, PageLink, SiteLink, Step, Steps: StepByStep };
